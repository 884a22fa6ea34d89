package io.tasklane.testing;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** PostgreSQL alone, when configured (see {@link Engines}). */
public final class PostgresEngine implements ArgumentsProvider {
  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    return Engines.available().stream().filter(e -> e == Engine.POSTGRES).map(Arguments::of);
  }
}
