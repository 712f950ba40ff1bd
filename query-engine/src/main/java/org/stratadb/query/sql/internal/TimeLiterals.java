package org.stratadb.query.sql.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.query.sql.ParseOptions;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.TimeDuration;

/**
 * Reads time literals into timestamps of the cluster's precision: date-times ({@code 2017-11-01},
 * {@code 2017-11-01T00:00:00.5+08:00}, {@code 2017/11/01 00:00:00}), {@code now()}, and durations
 * ({@code 1h30m}, {@code 1mo}). A date-time without an offset is in the session's zone.
 */
final class TimeLiterals {
  private static final Pattern DATETIME =
      Pattern.compile(
          "(\\d+)([-/.])(\\d+)\\2(\\d+)"
              + "(?:(?:[Tt]|\\s+)(\\d+):(\\d+):(\\d+)(?:\\.(\\d+))?"
              + "(?:([+-])(\\d+):(\\d+))?)?");
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+)(mo|ms|us|ns|y|w|d|h|m|s)", Pattern.CASE_INSENSITIVE);
  private static final int MAX_FRACTION_DIGITS = 9;

  private final ZoneId zone;
  private final ParseOptions options;
  private final long unitsPerSecond;
  private final long nanosPerUnit;
  private Long now;

  TimeLiterals(ParseOptions options) {
    this.options = options;
    this.zone = options.zoneId();
    TimeUnit unit = options.precision().unit();
    this.unitsPerSecond = unit.convert(1, TimeUnit.SECONDS);
    this.nanosPerUnit = unit.toNanos(1);
  }

  TimestampPrecision precision() {
    return options.precision();
  }

  /**
   * {@code now()}: the clock's instant in the cluster's precision, read once, so every {@code
   * now()} of a parse call is the same time.
   */
  long now() {
    if (now == null) {
      now = toTimestamp(options.clock().instant(), "now()");
    }
    return now;
  }

  /**
   * A DATETIME_LITERAL token's text as a timestamp.
   *
   * @throws SqlSemanticException if it names no valid date-time or does not fit a long
   */
  long datetime(String text) {
    Matcher m = DATETIME.matcher(text);
    if (!m.matches()) {
      throw timeFormatError(text);
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)));
      LocalTime time = LocalTime.MIDNIGHT;
      if (m.group(5) != null) {
        time =
            LocalTime.of(
                Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)),
                Integer.parseInt(m.group(7)),
                fractionNanos(m.group(8), text));
      }
      LocalDateTime local = LocalDateTime.of(date, time);
      Instant instant =
          m.group(9) == null
              ? local.atZone(zone).toInstant()
              : local.toInstant(offset(m.group(9), m.group(10), m.group(11)));
      return toTimestamp(instant, text);
    } catch (DateTimeException | NumberFormatException e) {
      throw timeFormatError(text);
    }
  }

  private static int fractionNanos(String digits, String text) {
    if (digits == null) {
      return 0;
    }
    if (digits.length() > MAX_FRACTION_DIGITS) {
      throw timeFormatError(text);
    }
    StringBuilder padded = new StringBuilder(digits);
    while (padded.length() < MAX_FRACTION_DIGITS) {
      padded.append('0');
    }
    return Integer.parseInt(padded.toString());
  }

  private static ZoneOffset offset(String sign, String hours, String minutes) {
    int h = Integer.parseInt(hours);
    int m = Integer.parseInt(minutes);
    return "-".equals(sign) ? ZoneOffset.ofHoursMinutes(-h, -m) : ZoneOffset.ofHoursMinutes(h, m);
  }

  /**
   * A DURATION_LITERAL token's text ({@code 1y2mo3w4d5h6m7s8ms9us10ns}, any subset, in any order).
   * Units finer than the precision are rounded down ({@code 1us} is 0 in milliseconds).
   */
  TimeDuration duration(String text) {
    Matcher m = DURATION_PART.matcher(text);
    long months = 0;
    long fixed = 0;
    int end = 0;
    try {
      while (m.find() && m.start() == end) {
        end = m.end();
        long value = Long.parseLong(m.group(1));
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        switch (unit) {
          case "y":
            months = Math.addExact(months, Math.multiplyExact(value, 12));
            break;
          case "mo":
            months = Math.addExact(months, value);
            break;
          default:
            fixed = Math.addExact(fixed, fixedPart(value, unit));
        }
      }
      if (end != text.length() || months > Integer.MAX_VALUE) {
        throw new SqlSemanticException("Invalid duration: " + text);
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new SqlSemanticException("Duration " + text + " is out of range");
    }
    return new TimeDuration((int) months, fixed);
  }

  private long fixedPart(long value, String unit) {
    long unitNanos = unitNanos(unit);
    if (unitNanos >= nanosPerUnit) {
      return Math.multiplyExact(value, unitNanos / nanosPerUnit);
    }
    return value / (nanosPerUnit / unitNanos);
  }

  private static long unitNanos(String unit) {
    switch (unit) {
      case "w":
        return TimeUnit.DAYS.toNanos(7);
      case "d":
        return TimeUnit.DAYS.toNanos(1);
      case "h":
        return TimeUnit.HOURS.toNanos(1);
      case "m":
        return TimeUnit.MINUTES.toNanos(1);
      case "s":
        return TimeUnit.SECONDS.toNanos(1);
      case "ms":
        return TimeUnit.MILLISECONDS.toNanos(1);
      case "us":
        return TimeUnit.MICROSECONDS.toNanos(1);
      default:
        return 1;
    }
  }

  /**
   * {@code time} plus (or, when {@code negative}, minus) {@code duration}; months are calendar
   * months in the session's zone.
   */
  long add(long time, TimeDuration duration, boolean negative, String text) {
    try {
      long result = time;
      if (duration.hasMonths()) {
        ZonedDateTime at = toInstant(time).atZone(zone);
        long months = negative ? -(long) duration.months() : duration.months();
        result = toTimestamp(at.plusMonths(months).toInstant(), text);
      }
      return negative
          ? Math.subtractExact(result, duration.fixed())
          : Math.addExact(result, duration.fixed());
    } catch (ArithmeticException | DateTimeException e) {
      throw new SqlSemanticException("Time " + text + " is out of range");
    }
  }

  private long toTimestamp(Instant instant, String text) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), unitsPerSecond),
          instant.getNano() / nanosPerUnit);
    } catch (ArithmeticException e) {
      throw new SqlSemanticException("Time " + text + " is out of range");
    }
  }

  private Instant toInstant(long timestamp) {
    long seconds = Math.floorDiv(timestamp, unitsPerSecond);
    long rest = Math.floorMod(timestamp, unitsPerSecond);
    return Instant.ofEpochSecond(seconds, rest * nanosPerUnit);
  }

  static SqlSemanticException timeFormatError(String text) {
    return new SqlSemanticException(
        "Input time format "
            + text
            + " error. Input like yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss or refer to user"
            + " document for more info.");
  }
}
