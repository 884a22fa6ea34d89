package io.tasklane.schema;

/**
 * A maintained total: the sum of this type's {@code measure} over the objects whose reference
 * {@code ref} points at one target is kept in the target's {@code total} field (HOUR.hours by
 * project in PROJ.actualWork). The rules that write the measure keep the total exact; reports that
 * only add the measure up by that reference read the totals instead of every row
 * (store.SummarySource).
 */
public record Summary(String measure, String ref, String total) {}
