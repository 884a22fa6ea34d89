package io.tasklane.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * H2 always; PostgreSQL when {@code TASKLANE_TEST_PG_URL} is set. With {@code
 * TASKLANE_TEST_PG_REQUIRED=true} (CI) a missing URL fails the run instead of skipping PostgreSQL.
 */
public final class Engines implements ArgumentsProvider {
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    return available().stream().map(Arguments::of);
  }

  public static List<Engine> available() {
    List<Engine> engines = new ArrayList<>(List.of(Engine.H2));
    if (PostgresDatabases.configured()) {
      engines.add(Engine.POSTGRES);
    } else if ("true".equalsIgnoreCase(System.getenv("TASKLANE_TEST_PG_REQUIRED"))) {
      throw new IllegalStateException(
          "TASKLANE_TEST_PG_REQUIRED is set but TASKLANE_TEST_PG_URL is not: PostgreSQL tests"
              + " must run, not be skipped.");
    }
    return engines;
  }
}
