package io.tasklane.schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One API field of an object type and the column that stores it. {@code column} is empty for
 * virtual fields (computed by the server).
 */
public record FieldDef(
    String name,
    FieldType type,
    Optional<String> column,
    Set<FieldFlag> flags,
    List<String> enumValues,
    int maxLength,
    String label) {

  public FieldDef {
    flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    enumValues = List.copyOf(enumValues);
  }

  public boolean has(FieldFlag flag) {
    return flags.contains(flag);
  }

  public boolean stored() {
    return column.isPresent();
  }

  public String requireColumn() {
    return column.orElseThrow(() -> new IllegalStateException(name + " is not stored"));
  }

  public static Builder of(String name, FieldType type) {
    return new Builder(name, type);
  }

  /** API camelCase to SQL snake_case: {@code homeGroupID -> home_group_id}, {@code ID -> id}. */
  public static String snake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean upper = Character.isUpperCase(c);
      boolean prevLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
      boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
      boolean prevUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
      if (upper && i > 0 && (prevLower || (prevUpper && nextLower))) {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Human label from a camelCase name: {@code homeGroupID -> Home Group ID}. */
  static String labelOf(String name) {
    String snake = snake(name);
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(
          part.equals("id")
              ? "ID"
              : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1));
    }
    return out.toString();
  }

  /** Fluent construction; column defaults to the snake_case of the name. */
  public static final class Builder {
    private final String name;
    private final FieldType type;
    private Optional<String> column;
    private final EnumSet<FieldFlag> flags = EnumSet.noneOf(FieldFlag.class);
    private List<String> enumValues = List.of();
    private int maxLength;
    private String label;

    private Builder(String name, FieldType type) {
      this.name = name;
      this.type = type;
      this.column = Optional.of(snake(name));
      this.maxLength = type == FieldType.TEXT ? 1_000_000 : type == FieldType.ID ? 32 : 255;
      this.label = labelOf(name);
    }

    public Builder column(String column) {
      this.column = Optional.of(column);
      return this;
    }

    public Builder virtual() {
      this.column = Optional.empty();
      flags.add(FieldFlag.VIRTUAL);
      flags.add(FieldFlag.READ_ONLY);
      return this;
    }

    /**
     * A write-only input that is not stored: accepted on create and edit for the type's rules to
     * act on (a document's upload {@code handle}), never returned or filtered on.
     */
    public Builder input() {
      this.column = Optional.empty();
      flags.add(FieldFlag.WRITE_ONLY);
      return this;
    }

    public Builder flags(FieldFlag... more) {
      flags.addAll(List.of(more));
      return this;
    }

    public Builder required() {
      return flags(FieldFlag.REQUIRED);
    }

    public Builder readOnly() {
      return flags(FieldFlag.READ_ONLY);
    }

    public Builder defaulted() {
      return flags(FieldFlag.DEFAULT);
    }

    public Builder journaled() {
      return flags(FieldFlag.JOURNALED);
    }

    public Builder values(String... values) {
      this.enumValues = List.of(values);
      return this;
    }

    public Builder max(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public FieldDef build() {
      if (type == FieldType.ENUM && enumValues.isEmpty()) {
        throw new IllegalStateException("enum field " + name + " needs values");
      }
      return new FieldDef(name, type, column, flags, enumValues, maxLength, label);
    }
  }
}
