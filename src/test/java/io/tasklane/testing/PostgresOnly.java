package io.tasklane.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * For tests that only make sense on a database several servers share (two nodes, two processes):
 * they run on PostgreSQL, and are not declared at all for H2, so a run never reports them as
 * skipped. Without {@code TASKLANE_TEST_PG_URL} they have no invocation; with {@code
 * TASKLANE_TEST_PG_REQUIRED=true} (CI) a missing URL fails the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "[{0}]", allowZeroInvocations = true)
@ArgumentsSource(PostgresEngine.class)
public @interface PostgresOnly {}
