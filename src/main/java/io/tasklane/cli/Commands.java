package io.tasklane.cli;

import java.io.PrintStream;
import java.lang.reflect.Constructor;
import picocli.CommandLine;

/** Builds command objects, handing the output stream to those that take one. */
public final class Commands {
  private Commands() {}

  public static CommandLine.IFactory factory(PrintStream out) {
    CommandLine.IFactory fallback = CommandLine.defaultFactory();
    return new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        try {
          Constructor<K> c = cls.getDeclaredConstructor(PrintStream.class);
          c.setAccessible(true);
          return c.newInstance(out);
        } catch (NoSuchMethodException e) {
          return fallback.create(cls);
        }
      }
    };
  }
}
