package org.stratadb.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Formats timestamps for display, as IoTDB's CLI does: "default"/"iso8601" print ISO-8601 with the
 * fraction the server's precision needs and the zone offset (e.g. {@code
 * 2024-01-01T00:00:00.000+08:00}), "long"/"number" print the raw value, anything else is a {@link
 * DateTimeFormatter} pattern.
 */
final class TimeFormatter {
  static final String DEFAULT = "default";
  static final String LONG = "long";

  private final String format;
  private final DateTimeFormatter pattern;
  private final long unitsPerSecond;
  private final int fractionDigits;

  private TimeFormatter(String format, DateTimeFormatter pattern, String precision) {
    this.format = format;
    this.pattern = pattern;
    switch (precision == null ? "ms" : precision) {
      case "us":
        unitsPerSecond = 1_000_000L;
        fractionDigits = 6;
        break;
      case "ns":
        unitsPerSecond = 1_000_000_000L;
        fractionDigits = 9;
        break;
      default:
        unitsPerSecond = 1_000L;
        fractionDigits = 3;
    }
  }

  /**
   * A formatter for a display type and the server's timestamp precision ("ms", "us", "ns").
   *
   * @throws IllegalArgumentException the display type is neither a keyword nor a valid pattern
   */
  static TimeFormatter of(String displayType, String precision) {
    String trimmed = displayType.trim();
    String key = trimmed.toLowerCase(Locale.ROOT);
    switch (key) {
      case "long":
      case "number":
      case DEFAULT:
      case "iso8601":
        return new TimeFormatter(key, null, precision);
      default:
        return new TimeFormatter(trimmed, DateTimeFormatter.ofPattern(trimmed), precision);
    }
  }

  /** The display type, as {@code show time_display_type} prints it. */
  String displayType() {
    return format;
  }

  String format(long timestamp, ZoneId zone) {
    switch (format) {
      case "long":
      case "number":
        return Long.toString(timestamp);
      case DEFAULT:
      case "iso8601":
        return iso(timestamp, zone);
      default:
        return zoned(timestamp, zone).format(pattern);
    }
  }

  private ZonedDateTime zoned(long timestamp, ZoneId zone) {
    long seconds = Math.floorDiv(timestamp, unitsPerSecond);
    long fraction = Math.floorMod(timestamp, unitsPerSecond);
    long nanos = fraction * (1_000_000_000L / unitsPerSecond);
    return ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), zone);
  }

  private String iso(long timestamp, ZoneId zone) {
    long seconds = Math.floorDiv(timestamp, unitsPerSecond);
    long fraction = Math.floorMod(timestamp, unitsPerSecond);
    ZonedDateTime dt = ZonedDateTime.ofInstant(Instant.ofEpochSecond(seconds), zone);
    StringBuilder sb = new StringBuilder(40);
    sb.append(dt.toLocalDateTime().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append('.');
    String digits = Long.toString(fraction);
    for (int i = digits.length(); i < fractionDigits; i++) {
      sb.append('0');
    }
    return sb.append(digits).append(dt.getOffset().getId()).toString();
  }
}
