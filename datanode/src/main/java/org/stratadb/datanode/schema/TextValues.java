package org.stratadb.datanode.schema;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.commons.error.StrataException;

/**
 * Values written as text ({@code insertStringRecord}, SQL literals): the type a new series gets
 * from such a value, and the parse of a value into a series' type.
 *
 * <p>Inference: {@code true}/{@code false} in any case is boolean, a decimal integer is an integer,
 * a decimal number with a fraction or an exponent is floating, {@code NaN} is NaN, {@code null} or
 * {@code NULL} is no value, anything else TEXT; each class maps to the type the settings give it.
 * Where the configured integer type cannot hold the value the next wider type is taken (INT32 to
 * INT64, FLOAT to DOUBLE above 2^24), so no digit is lost.
 */
public final class TextValues {
  private static final long FLOAT_EXACT_LIMIT = 1L << 24;

  private final SchemaSettings settings;

  public TextValues(SchemaSettings settings) {
    this.settings = settings;
  }

  /** The type a series created for {@code text} gets, or null for a null value. */
  public TSDataType infer(String text) {
    if (text == null || "null".equals(text) || "NULL".equals(text)) {
      return null;
    }
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return settings.booleanStringInferType();
    }
    if ("NaN".equals(text)) {
      return settings.nanStringInferType();
    }
    String trimmed = text.trim();
    switch (numberKind(trimmed)) {
      case INTEGER:
        return widenInteger(settings.integerStringInferType(), trimmed);
      case FLOATING:
        return settings.floatingStringInferType();
      default:
        return TSDataType.TEXT;
    }
  }

  private static TSDataType widenInteger(TSDataType configured, String digits) {
    switch (configured) {
      case INT32:
        return fitsLong(digits) && inRange(digits, Integer.MIN_VALUE, Integer.MAX_VALUE)
            ? TSDataType.INT32
            : widenInteger(TSDataType.INT64, digits);
      case INT64:
        return fitsLong(digits) ? TSDataType.INT64 : TSDataType.DOUBLE;
      case FLOAT:
        return fitsLong(digits) && inRange(digits, -FLOAT_EXACT_LIMIT, FLOAT_EXACT_LIMIT)
            ? TSDataType.FLOAT
            : TSDataType.DOUBLE;
      default:
        return configured;
    }
  }

  private static boolean inRange(String digits, long min, long max) {
    long value = Long.parseLong(digits);
    return value >= min && value <= max;
  }

  private static boolean fitsLong(String digits) {
    try {
      Long.parseLong(digits);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private enum NumberKind {
    INTEGER,
    FLOATING,
    NOT_A_NUMBER
  }

  /** Decimal syntax only: optional sign, digits, optional fraction, optional exponent. */
  private static NumberKind numberKind(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int intDigits = countDigits(s, i);
    i += intDigits;
    boolean floating = false;
    int fracDigits = 0;
    if (i < n && s.charAt(i) == '.') {
      floating = true;
      fracDigits = countDigits(s, i + 1);
      i += 1 + fracDigits;
    }
    if (intDigits + fracDigits == 0) {
      return NumberKind.NOT_A_NUMBER;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      floating = true;
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int expDigits = countDigits(s, i);
      if (expDigits == 0) {
        return NumberKind.NOT_A_NUMBER;
      }
      i += expDigits;
    }
    if (i != n) {
      return NumberKind.NOT_A_NUMBER;
    }
    return floating ? NumberKind.FLOATING : NumberKind.INTEGER;
  }

  private static int countDigits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /**
   * Parses {@code text} as a value of {@code type}: Boolean, Integer (INT32, and DATE as yyyyMMdd),
   * Long (INT64, TIMESTAMP), Float, Double or {@link Binary} (TEXT, STRING: one pair of enclosing
   * quotes is removed; BLOB: {@code X'hex'} or {@code 0xhex}, else the UTF-8 bytes). Null for a
   * null value.
   *
   * @throws StrataException 507 {@code data type is not consistent, input .., registered ..}
   */
  public static Object parse(TSDataType type, String text) {
    if (text == null || "null".equals(text) || "NULL".equals(text)) {
      return null;
    }
    try {
      return parseValue(type, text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw SchemaErrors.valueNotOfType(text, type);
    }
  }

  private static Object parseValue(TSDataType type, String text) {
    switch (type) {
      case BOOLEAN:
        return parseBoolean(text);
      case INT32:
        return Integer.parseInt(text.trim());
      case INT64:
      case TIMESTAMP:
        return Long.parseLong(text.trim());
      case FLOAT:
        return finite(Float.parseFloat(checkDecimal(text)));
      case DOUBLE:
        return finite(Double.parseDouble(checkDecimal(text)));
      case DATE:
        return parseDate(unquote(text).trim());
      case BLOB:
        return new Binary(parseBlob(text));
      case TEXT:
      case STRING:
        return new Binary(unquote(text), StandardCharsets.UTF_8);
      default:
        throw new IllegalArgumentException("unsupported type " + type);
    }
  }

  private static Boolean parseBoolean(String text) {
    String lower = text.trim().toLowerCase(java.util.Locale.ROOT);
    if ("true".equals(lower) || "1".equals(lower)) {
      return Boolean.TRUE;
    }
    if ("false".equals(lower) || "0".equals(lower)) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException("not a boolean");
  }

  /** Rejects what Java parses but IoTDB's grammar does not (hex floats, 1f, 2d, Infinity). */
  private static String checkDecimal(String text) {
    String trimmed = text.trim();
    if ("NaN".equals(trimmed) || numberKind(trimmed) != NumberKind.NOT_A_NUMBER) {
      return trimmed;
    }
    throw new IllegalArgumentException("not a decimal number");
  }

  private static float finite(float value) {
    if (Float.isInfinite(value)) {
      throw new IllegalArgumentException("infinite");
    }
    return value;
  }

  private static double finite(double value) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite");
    }
    return value;
  }

  private static Integer parseDate(String text) {
    LocalDate date = LocalDate.parse(text);
    return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  private static byte[] parseBlob(String text) {
    String t = text.trim();
    if ((t.startsWith("X'") || t.startsWith("x'")) && t.endsWith("'") && t.length() >= 3) {
      return HexFormat.of().parseHex(t.substring(2, t.length() - 1));
    }
    if (t.startsWith("0x") || t.startsWith("0X")) {
      return HexFormat.of().parseHex(t.substring(2));
    }
    return unquote(text).getBytes(StandardCharsets.UTF_8);
  }

  private static String unquote(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if ((first == '\'' || first == '"') && first == last) {
        return text.substring(1, text.length() - 1);
      }
    }
    return text;
  }
}
