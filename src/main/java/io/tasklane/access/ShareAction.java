package io.tasklane.access;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tasklane.objects.ActionContext;
import io.tasklane.objects.ActionHandler;
import io.tasklane.objects.Arguments;
import io.tasklane.objects.Behaviours;
import io.tasklane.objects.Writes;
import io.tasklane.schema.Registry;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code PUT /<obj>/<id>/share?accessorID=&accessorObjCode=USER|TEAMOB…&coreAction=VIEW} (reference
 * §5.6): adds a share keeping the others, or changes the level of the accessor's existing one. The
 * access rule is written through the pipeline, so a deactivated user cannot be shared with.
 */
final class ShareAction {
  private final Writes writes;
  private final Registry registry;

  ShareAction(Writes writes, Registry registry) {
    this.writes = writes;
    this.registry = registry;
  }

  void register(Behaviours.Builder b) {
    for (String code : AccessDefinitions.SHAREABLE) {
      b.action(code, "share", this::share);
    }
  }

  private Object share(ActionContext ctx) {
    String id = ctx.requireId();
    writes.read(ctx.write(), ctx.type(), id);
    String accessor = Arguments.required(ctx, "accessorID").toLowerCase(Locale.ROOT);
    String level = ctx.argument("coreAction").orElse(Level.VIEW.name()).toUpperCase(Locale.ROOT);
    Optional<String> existing =
        ctx.write()
            .dsl()
            .select(field(name("id"), String.class))
            .from(table(name("access_rules")))
            .where(field(name("security_obj_id"), String.class).eq(id))
            .and(field(name("accessor_id"), String.class).eq(accessor))
            .fetchOptional(0, String.class);
    ObjectNode v = JsonNodeFactory.instance.objectNode();
    v.put("coreAction", level);
    if (existing.isPresent()) {
      writes.edit(ctx.write(), registry.get("ACSRUL"), existing.get(), v);
    } else {
      v.put("securityObjCode", ctx.type().code());
      v.put("securityObjID", id);
      v.put("accessorID", accessor);
      ctx.argument("accessorObjCode")
          .ifPresent(c -> v.put("accessorObjCode", c.toUpperCase(Locale.ROOT)));
      writes.create(ctx.write(), registry.get("ACSRUL"), v);
    }
    return ActionHandler.result(ctx.show(ctx.type(), id));
  }
}
