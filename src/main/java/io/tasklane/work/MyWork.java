package io.tasklane.work;

import io.tasklane.auth.Principal;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.ObjectApi;
import io.tasklane.query.Params;
import io.tasklane.schema.ObjectType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Named queries (reference §4.7): {@code work/myWork} — the caller's open tasks and issues, those
 * they have a work item for and have not marked done, with the caller's {@code fields}, filters,
 * sort and paging — and {@code CSTEM/projectGroupStatuses}, {@code taskGroupStatuses}, {@code
 * opTaskGroupStatuses} — the built-in statuses plus those of {@code groupID}, hidden ones only with
 * {@code includeHidden=true}.
 */
final class MyWork {
  void register(Behaviours.Builder b) {
    b.namedQuery("WORK", "myWork", this::myWork);
    b.namedQuery("CSTEM", "projectGroupStatuses", statuses(Statuses.PROJECT));
    b.namedQuery("CSTEM", "taskGroupStatuses", statuses(Statuses.TASK));
    b.namedQuery("CSTEM", "opTaskGroupStatuses", statuses(Statuses.ISSUE));
  }

  private Object myWork(
      ObjectApi api, Principal p, ObjectType type, Params params, DSLContext dsl) {
    Set<String> complete = new LinkedHashSet<>();
    for (String enumClass : new String[] {Statuses.TASK, Statuses.ISSUE}) {
      for (Map.Entry<String, String> e :
          Statuses.equivalents(dsl, p.customerId(), enumClass).entrySet()) {
        if (e.getValue().equals(Statuses.COMPLETE)) {
          complete.add(e.getKey());
        }
      }
    }
    Params mine =
        Params.builder()
            .add("EXISTS:mine:$$OBJCODE", "WRKITM")
            .add("EXISTS:mine:objID", "FIELD:ID")
            .add("EXISTS:mine:assignedToID", "$$USER.ID")
            .add("EXISTS:mine:isMarkedAsDone", "false")
            .add("status", String.join(",", complete))
            .add("status_Mod", "notin")
            .build();
    return api.searchWith(dsl, p, type, params, mine);
  }

  private static io.tasklane.objects.NamedQuery statuses(String enumClass) {
    return (api, p, type, params, dsl) -> {
      Params.Builder asked =
          Params.builder().addAll(params).remove("groupID").remove("includeHidden");
      asked.add("enumClass", enumClass);
      if (!params.flag("includeHidden")) {
        asked.add("isHidden", "true").add("isHidden_Mod", "ne");
      }
      if (params.names().stream().noneMatch(n -> n.endsWith("_Sort"))) {
        asked.add("valueAsInt_Sort", "asc");
      }
      Params.Builder groups = Params.builder().add("OR:1:groupID_Mod", "isnull");
      params
          .first("groupID")
          .filter(g -> !g.isBlank())
          .ifPresent(g -> groups.add("OR:2:groupID", g));
      return api.searchWith(dsl, p, type, asked.build(), groups.build());
    };
  }
}
