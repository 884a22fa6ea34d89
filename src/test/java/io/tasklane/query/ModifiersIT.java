package io.tasklane.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.tasklane.testing.Api;
import io.tasklane.testing.BothEngines;
import io.tasklane.testing.Engine;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every modifier of reference §4.3 on text, number, money, boolean, date and ID fields, by search
 * and by count, against answers computed in Java from the data the {@link World} created. Negative
 * modifiers keep rows without a value ("title is not X" holds when there is no title).
 */
@BothEngines
class ModifiersIT {
  @Parameter Engine engine;

  static Stream<Arguments> cases() {
    return Stream.of(
        c("eq", q("title", "Team Lead"), text(t -> t.equals("Team Lead"))),
        c("eq is exact about case", q("title", "team lead"), text(t -> t.equals("team lead"))),
        c("ne", q("title", "Team Lead", "title_Mod", "ne"), p -> !"Team Lead".equals(p.title())),
        c("cieq", q("title", "ENGINEER", "title_Mod", "cieq"), text(t -> ci(t).equals("engineer"))),
        c(
            "cine",
            q("title", "engineer", "title_Mod", "cine"),
            p -> p.title() == null || !ci(p.title()).equals("engineer")),
        c("gt text", q("city", "berlin", "city_Mod", "gt"), city(s -> s.compareTo("berlin") > 0)),
        c(
            "gte text",
            q("city", "berlin", "city_Mod", "gte"),
            city(s -> s.compareTo("berlin") >= 0)),
        c("lt text", q("city", "cairo", "city_Mod", "lt"), city(s -> s.compareTo("cairo") < 0)),
        c("lte text", q("city", "cairo", "city_Mod", "lte"), city(s -> s.compareTo("cairo") <= 0)),
        c(
            "between text",
            q("city", "b", "city_Range", "cz", "city_Mod", "between"),
            city(s -> s.compareTo("b") >= 0 && s.compareTo("cz") <= 0)),
        c(
            "notbetween text",
            q("city", "b", "city_Range", "cz", "city_Mod", "notbetween"),
            p -> p.city() == null || p.city().compareTo("b") < 0 || p.city().compareTo("cz") > 0),
        c("contains", q("title", "Lead", "title_Mod", "contains"), text(t -> t.contains("Lead"))),
        c(
            "contains takes % literally",
            q("title", "50%", "title_Mod", "contains"), text(t -> t.contains("50%"))),
        c(
            "contains takes _ literally",
            q("title", "r_s", "title_Mod", "contains"),
            text(t -> t.contains("r_s"))),
        c(
            "cicontains",
            q("title", "LEAD", "title_Mod", "cicontains"),
            text(t -> ci(t).contains("lead"))),
        c(
            "notcontains",
            q("title", "Lead", "title_Mod", "notcontains"),
            p -> p.title() == null || !p.title().contains("Lead")),
        c(
            "cinotcontains",
            q("title", "ENGINEER", "title_Mod", "cinotcontains"),
            p -> p.title() == null || !ci(p.title()).contains("engineer")),
        c("like", q("title", "%Lead", "title_Mod", "like"), text(like("%Lead", false))),
        c(
            "like with _",
            q("title", "_ngineer", "title_Mod", "like"),
            text(like("_ngineer", false))),
        c("cilike", q("title", "%LEAD%", "title_Mod", "cilike"), text(like("%lead%", true))),
        c(
            "in",
            q("city", "berlin,cairo", "city_Mod", "in"),
            city(s -> s.equals("berlin") || s.equals("cairo"))),
        c(
            "in by repeating",
            q("city", "berlin", "city", "denver"),
            city(s -> s.equals("berlin") || s.equals("denver"))),
        c(
            "notin",
            q("city", "berlin,cairo", "city_Mod", "notin"),
            p -> p.city() == null || !List.of("berlin", "cairo").contains(p.city())),
        c(
            "ciin",
            q("title", "ENGINEER,analyst", "title_Mod", "ciin"),
            text(t -> List.of("engineer", "analyst").contains(ci(t)))),
        c(
            "cinotin",
            q("title", "ENGINEER,analyst", "title_Mod", "cinotin"),
            p -> p.title() == null || !List.of("engineer", "analyst").contains(ci(p.title()))),
        c("isnull", q("title_Mod", "isnull"), p -> p.title() == null),
        c("null", q("title_Mod", "null"), p -> p.title() == null),
        c("notnull", q("title_Mod", "notnull"), p -> p.title() != null),
        c("isblank", q("title_Mod", "isblank"), p -> p.title() == null || p.title().isEmpty()),
        c("blank", q("title_Mod", "blank"), p -> p.title() == null || p.title().isEmpty()),
        c("notblank", q("title_Mod", "notblank"), p -> p.title() != null && !p.title().isEmpty()),
        c("eq number", q("fte", "1"), num(Person::fte, x -> x == 1.0)),
        c("ne number", q("fte", "1", "fte_Mod", "ne"), p -> p.fte() == null || p.fte() != 1.0),
        c("gt number", q("fte", "0.5", "fte_Mod", "gt"), num(Person::fte, x -> x > 0.5)),
        c("gte number", q("fte", "0.5", "fte_Mod", "gte"), num(Person::fte, x -> x >= 0.5)),
        c("lt number", q("fte", "0.5", "fte_Mod", "lt"), num(Person::fte, x -> x < 0.5)),
        c("lte number", q("fte", "0.5", "fte_Mod", "lte"), num(Person::fte, x -> x <= 0.5)),
        c(
            "between number",
            q("fte", "0.25", "fte_Range", "0.75", "fte_Mod", "between"),
            num(Person::fte, x -> x >= 0.25 && x <= 0.75)),
        c(
            "notbetween number",
            q("fte", "0.25", "fte_Range", "0.75", "fte_Mod", "notbetween"),
            p -> p.fte() == null || p.fte() < 0.25 || p.fte() > 0.75),
        c(
            "in number",
            q("fte", "0.5,1", "fte_Mod", "in"),
            num(Person::fte, x -> x == 0.5 || x == 1)),
        c(
            "notin number",
            q("fte", "0.5,1", "fte_Mod", "notin"),
            p -> p.fte() == null || (p.fte() != 0.5 && p.fte() != 1)),
        c("isnull number", q("fte_Mod", "isnull"), p -> p.fte() == null),
        c("notnull number", q("fte_Mod", "notnull"), p -> p.fte() != null),
        c(
            "gte money",
            q("billingPerHour", "95", "billingPerHour_Mod", "gte"),
            money(x -> x.compareTo(new BigDecimal("95")) >= 0)),
        c(
            "between money",
            q(
                "billingPerHour",
                "70.5",
                "billingPerHour_Range",
                "100.5",
                "billingPerHour_Mod",
                "between"),
            money(
                x ->
                    x.compareTo(new BigDecimal("70.5")) >= 0
                        && x.compareTo(new BigDecimal("100.5")) <= 0)),
        c(
            "eq money",
            q("billingPerHour", "80.00"),
            money(x -> x.compareTo(new BigDecimal("80")) == 0)),
        c("eq true", q("logTimeInDays", "true"), p -> Boolean.TRUE.equals(p.logTimeInDays())),
        c("eq false", q("logTimeInDays", "false"), p -> Boolean.FALSE.equals(p.logTimeInDays())),
        c(
            "ne true",
            q("logTimeInDays", "true", "logTimeInDays_Mod", "ne"),
            p -> !Boolean.TRUE.equals(p.logTimeInDays())),
        c("isnull boolean", q("logTimeInDays_Mod", "isnull"), p -> p.logTimeInDays() == null),
        c(
            "eq date",
            q("entryDate", "2026-05-13T15:00:00:000+0000"),
            date(d -> d.equals(Instant.parse("2026-05-13T15:00:00Z")))),
        c(
            "gt date",
            q("entryDate", "2026-05-12T23:59:59Z", "entryDate_Mod", "gt"),
            date(d -> d.isAfter(Instant.parse("2026-05-12T23:59:59Z")))),
        c(
            "lte date",
            q("entryDate", "2026-05-03", "entryDate_Mod", "lte"),
            date(d -> !d.isAfter(Instant.parse("2026-05-03T00:00:00Z")))),
        c(
            "between dates",
            q(
                "entryDate",
                "2026-05-01",
                "entryDate_Range",
                "2026-05-10T00:00:00.000Z",
                "entryDate_Mod",
                "between"),
            date(
                d ->
                    !d.isBefore(Instant.parse("2026-05-01T00:00:00Z"))
                        && !d.isAfter(Instant.parse("2026-05-10T00:00:00Z")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findsWhatJavaFinds(String name, List<String> params, Predicate<Person> expected) {
    World world = QueryServer.world(engine);
    Api admin = QueryServer.get(engine).admin();
    String[] p = params.toArray(String[]::new);
    Set<String> want = world.where(expected);
    assertThat(world.search(admin, p)).as(name).isEqualTo(want);
    long count = admin.get("/USER/count", world.scoped(p)).ok().data().path("count").asLong();
    assertThat(count).as("count of " + name).isEqualTo(want.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idCases")
  void filtersOnIds(
      String name, Function<World, List<String>> params, Function<World, Set<String>> expected) {
    World world = QueryServer.world(engine);
    Api admin = QueryServer.get(engine).admin();
    assertThat(world.search(admin, params.apply(world).toArray(String[]::new)))
        .as(name)
        .isEqualTo(expected.apply(world));
  }

  static Stream<Arguments> idCases() {
    return Stream.of(
        Arguments.of(
            "eq ID",
            (Function<World, List<String>>) w -> List.of("managerID", w.person("p01").id()),
            (Function<World, Set<String>>)
                w -> w.where(p -> Objects.equals(p.managerId(), w.person("p01").id()))),
        Arguments.of(
            "in IDs, upper case",
            (Function<World, List<String>>)
                w ->
                    List.of(
                        "managerID",
                        w.person("p01").id().toUpperCase(Locale.ROOT) + "," + w.person("p07").id(),
                        "managerID_Mod",
                        "in"),
            (Function<World, Set<String>>)
                w ->
                    w.where(
                        p ->
                            p.managerId() != null
                                && List.of(w.person("p01").id(), w.person("p07").id())
                                    .contains(p.managerId()))),
        Arguments.of(
            "notnull ID",
            (Function<World, List<String>>) w -> List.of("managerID_Mod", "notnull"),
            (Function<World, Set<String>>) w -> w.where(p -> p.managerId() != null)),
        Arguments.of(
            "ne ID",
            (Function<World, List<String>>)
                w -> List.of("managerID", w.person("p01").id(), "managerID_Mod", "ne"),
            (Function<World, Set<String>>)
                w -> w.where(p -> !w.person("p01").id().equals(p.managerId()))),
        Arguments.of(
            "a reference name stands for its ID",
            (Function<World, List<String>>) w -> List.of("manager", w.person("p01").id()),
            (Function<World, Set<String>>)
                w -> w.where(p -> Objects.equals(p.managerId(), w.person("p01").id()))));
  }

  private static Arguments c(String name, List<String> params, Predicate<Person> expected) {
    return Arguments.of(name, params, expected);
  }

  private static List<String> q(String... pairs) {
    return List.of(pairs);
  }

  private static String ci(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Predicate<Person> text(Predicate<String> p) {
    return x -> x.title() != null && p.test(x.title());
  }

  private static Predicate<Person> city(Predicate<String> p) {
    return x -> x.city() != null && p.test(x.city());
  }

  private static Predicate<Person> num(Function<Person, Double> f, Predicate<Double> p) {
    return x -> f.apply(x) != null && p.test(f.apply(x));
  }

  private static Predicate<Person> money(Predicate<BigDecimal> p) {
    return x -> x.billingPerHour() != null && p.test(x.billingPerHour());
  }

  private static Predicate<Person> date(Predicate<Instant> p) {
    return x -> p.test(x.entryDate());
  }

  /** SQL LIKE as a Java regex: % any run, _ one character, the whole value. */
  private static Predicate<String> like(String pattern, boolean ci) {
    StringBuilder re = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      re.append(ch == '%' ? ".*" : ch == '_' ? "." : Pattern.quote(String.valueOf(ch)));
    }
    Pattern compiled = Pattern.compile(re.toString(), Pattern.DOTALL);
    return s -> compiled.matcher(ci ? ci(s) : s).matches();
  }
}
