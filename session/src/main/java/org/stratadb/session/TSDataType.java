package org.stratadb.session;

/**
 * Data types of time series, with the codes IoTDB 1.3 uses on the wire (the type byte of tablets,
 * records and TsBlocks, and the {@code dataType} field of create-timeseries requests).
 *
 * <p>Codes 0 to 5 are understood by every 1.3 server; TIMESTAMP, DATE, BLOB and STRING came with
 * IoTDB 1.3.3.
 */
public enum TSDataType {
  BOOLEAN(0),
  INT32(1),
  INT64(2),
  FLOAT(3),
  DOUBLE(4),
  TEXT(5),
  TIMESTAMP(8),
  DATE(9),
  BLOB(10),
  STRING(11);

  private static final TSDataType[] BY_CODE = new TSDataType[12];

  static {
    for (TSDataType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final byte code;

  TSDataType(int code) {
    this.code = (byte) code;
  }

  /** The wire code of this type. */
  public byte code() {
    return code;
  }

  /** The type with the given wire code. */
  public static TSDataType fromCode(int code) {
    TSDataType t = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    if (t == null) {
      throw new IllegalArgumentException("unknown data type code " + code);
    }
    return t;
  }

  /** The type with the given name as servers write it in result headers, or null if unknown. */
  public static TSDataType fromName(String name) {
    for (TSDataType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }

  /** Whether values of this type are variable-length byte strings. */
  public boolean isBinary() {
    return this == TEXT || this == BLOB || this == STRING;
  }
}
