package io.tasklane.query;

import io.tasklane.schema.ObjectType;
import java.util.List;

/** A filter tree: small immutable nodes, values already typed by their field. */
public sealed interface Filter
    permits Filter.All,
        Filter.Any,
        Filter.Compare,
        Filter.CompareFields,
        Filter.Exists,
        Filter.Trusted {

  /** Conjunction; empty means "everything". */
  record All(List<Filter> parts) implements Filter {
    public All {
      parts = List.copyOf(parts);
    }
  }

  /** Disjunction. */
  record Any(List<Filter> parts) implements Filter {
    public Any {
      parts = List.copyOf(parts);
    }
  }

  /**
   * {@code path <modifier> values}. Values are typed (String, Integer, Double, BigDecimal, Boolean,
   * OffsetDateTime, LocalDate); textual modifiers carry Strings. Between takes two.
   */
  record Compare(FieldPath path, Modifier modifier, List<Object> values) implements Filter {
    public Compare {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  /** {@code left <modifier> right}: the {@code FIELD:} form comparing two fields (§4.2). */
  record CompareFields(FieldPath left, Modifier modifier, FieldPath right, boolean rightIsOuter)
      implements Filter {}

  /**
   * A correlated sub-query on {@code target} ({@code EXISTS:A:}); its filter may compare with
   * fields of the outer object through {@link CompareFields#rightIsOuter()}.
   */
  record Exists(ObjectType target, Filter filter, boolean negated) implements Filter {}

  /**
   * The server's own conditions (the rules' visibility filters, a named query's): their collection
   * paths and EXISTS blocks are not narrowed to what the caller may find, as the caller's are
   * (store.Scope#narrowing) — they are what defines it.
   */
  record Trusted(Filter filter) implements Filter {}

  Filter NONE = new All(List.of());
}
