package io.tasklane.schema;

/** Value types of API fields; {@link #metadataName} is what {@code /metadata} reports. */
public enum FieldType {
  STRING("string"),
  /** Long free text; same wire type as STRING, not sortable in reports. */
  TEXT("string"),
  INT("int"),
  DOUBLE("double"),
  /** Money and other exact numbers ({@code java.math.BigDecimal} since v20, reference §2.4). */
  DECIMAL("double"),
  BOOLEAN("boolean"),
  DATE_TIME("dateTime"),
  /** A calendar date without time of day. */
  DATE("date"),
  /** A 32-hex object ID. */
  ID("string"),
  /** A string restricted to {@link FieldDef#enumValues()}. */
  ENUM("string");

  private final String metadataName;

  FieldType(String metadataName) {
    this.metadataName = metadataName;
  }

  public String metadataName() {
    return metadataName;
  }

  public boolean isText() {
    return this == STRING || this == TEXT || this == ENUM || this == ID;
  }

  public boolean isTemporal() {
    return this == DATE_TIME || this == DATE;
  }

  public boolean isNumeric() {
    return this == INT || this == DOUBLE || this == DECIMAL;
  }
}
