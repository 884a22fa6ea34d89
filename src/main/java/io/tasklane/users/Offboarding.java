package io.tasklane.users;

import io.tasklane.auth.Principal;
import io.tasklane.common.ApiException;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.WriteContext;
import io.tasklane.objects.Writes;
import io.tasklane.schema.ObjectType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Offboarding in one call (reference §7.6): report everything that ties work to a user (dry run),
 * or hand all open work to a named active successor and deactivate — now or at 00:00 of a date — in
 * the caller's one transaction, returning what changed. Shared by the USER action {@code handOver}
 * and {@code tasklane users offboard}; every change goes through the write pipeline, so the guard,
 * the lifecycle rules, the journal and the outbox apply as for single edits.
 */
public final class Offboarding {
  private final Supplier<Writes> writes;

  public Offboarding(Supplier<Writes> writes) {
    this.writes = writes;
  }

  /** What to do. */
  public record Request(
      String userId, Optional<String> toUserId, boolean dryRun, Optional<LocalDate> deactivateOn) {}

  /** Carries out (or with {@code dryRun} only reports) the hand-over; returns the report. */
  public Map<String, Object> run(WriteContext ctx, Request r) {
    Writes w = writes.get();
    ObjectType user = w.registry().get("USER");
    Map<String, Object> row = w.read(ctx, user, r.userId());
    if (row.get("deletedDate") != null) {
      throw ApiException.notFound("USER " + r.userId() + " was not found.");
    }
    if (!ctx.privileged()) {
      UserRules.requireAdministers(
          ctx, r.userId(), row, row.get("accessLevelID").toString(), "offboard");
    }
    List<HandOver.Tie> ties = HandOver.ties(ctx, w, r.userId());
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("userID", r.userId());
    report.put("dryRun", r.dryRun());
    report.put("toUserID", r.toUserId().orElse(null));
    List<Map<String, Object>> tieJson = new ArrayList<>();
    ties.forEach(t -> tieJson.add(t.json()));
    report.put("handOver", tieJson);
    report.put("endsWithAccount", HandOver.endsWithAccount(ctx, r.userId()));
    report.put("notModelled", HandOver.notModelled(w.registry()));
    if (r.toUserId().isPresent()) {
      HandOver.requireSuccessor(r.userId(), r.toUserId().get());
      w.behaviours().guard().check(ctx, "hand-over successor", List.of(r.toUserId().get()));
      w.read(ctx, user, r.toUserId().get());
    } else if (!ties.isEmpty() && !r.dryRun()) {
      throw ApiException.badRequest(
          "USER " + r.userId() + " still has open work; name the successor (toUserID).");
    }
    if (r.dryRun()) {
      return report;
    }
    r.toUserId().ifPresent(to -> HandOver.transfer(ctx, w, ties, to));
    Map<String, Object> change = new LinkedHashMap<>();
    if (r.deactivateOn().isPresent()) {
      // The date as the caller means it; the rule reads it back in the caller's zone (§7.4).
      change.put(
          "scheduleDeactivationDate",
          r.deactivateOn()
              .get()
              .atStartOfDay(ctx.actor().map(Principal::zone).orElse(ZoneOffset.UTC))
              .toOffsetDateTime()
              .withOffsetSameInstant(ZoneOffset.UTC));
    } else {
      change.put("isActive", false);
    }
    w.edit(ctx, user, r.userId(), change);
    Map<String, Object> after = w.read(ctx, user, r.userId());
    report.put("isActive", after.get("isActive"));
    report.put("scheduleDeactivationDate", after.get("scheduleDeactivationDate"));
    return report;
  }

  /** {@code PUT /USER/<ID>/handOver?toUserID=…[&dryRun=true][&deactivateOn=yyyy-MM-dd]}. */
  void register(Behaviours.Builder b) {
    b.action(
        "USER",
        "handOver",
        ctx -> {
          Optional<LocalDate> on =
              ctx.argument("deactivateOn").filter(s -> !s.isBlank()).map(Offboarding::date);
          boolean dry = ctx.argument("dryRun").map(v -> (Boolean) bool(v)).orElse(false);
          Map<String, Object> report =
              run(
                  ctx.write(),
                  new Request(
                      ctx.requireId(),
                      ctx.argument("toUserID").filter(s -> !s.isBlank()).map(String::toLowerCase),
                      dry,
                      on));
          return ActionHandler.result(report);
        });
  }

  static LocalDate date(String v) {
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest("Invalid date '" + v + "'; use yyyy-MM-dd.");
    }
  }

  private static Object bool(String v) {
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw ApiException.badRequest("dryRun must be true or false; got '" + v + "'.");
  }
}
