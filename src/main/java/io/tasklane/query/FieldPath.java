package io.tasklane.query;

import io.tasklane.schema.CollectionDef;
import io.tasklane.schema.FieldDef;
import io.tasklane.schema.ObjectType;
import io.tasklane.schema.RefDef;
import java.util.List;

/**
 * A resolved path from a root type through references and collections to one field, such as {@code
 * assignedTo:homeGroup:name} (reference §4.2). At most four steps deep.
 */
public record FieldPath(ObjectType root, List<Step> steps, FieldDef field, String text) {
  public static final int MAX_DEPTH = 4;

  public FieldPath {
    steps = List.copyOf(steps);
  }

  /** One hop: a to-one reference or a to-many collection, with the type it leads to. */
  public sealed interface Step permits RefStep, CollectionStep {
    ObjectType target();

    String name();
  }

  public record RefStep(RefDef ref, ObjectType target) implements Step {
    @Override
    public String name() {
      return ref.name();
    }
  }

  public record CollectionStep(CollectionDef collection, ObjectType target) implements Step {
    @Override
    public String name() {
      return collection.name();
    }
  }

  /** The type that owns {@link #field}. */
  public ObjectType leafType() {
    return steps.isEmpty() ? root : steps.get(steps.size() - 1).target();
  }

  public boolean direct() {
    return steps.isEmpty();
  }

  public boolean crossesCollection() {
    return steps.stream().anyMatch(s -> s instanceof CollectionStep);
  }

  @Override
  public String toString() {
    return text;
  }
}
