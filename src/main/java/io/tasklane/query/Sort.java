package io.tasklane.query;

/** One sort key ({@code <field>_Sort}, {@code <field>_<n>_Sort}). */
public record Sort(FieldPath path, boolean descending) {}
