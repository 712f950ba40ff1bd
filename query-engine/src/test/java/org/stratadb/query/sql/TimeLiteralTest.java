package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.stratadb.query.sql.SqlTestSupport.NOW;
import static org.stratadb.query.sql.SqlTestSupport.ZONE;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.GroupByTime;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.TimeDuration;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.LongLiteral;

class TimeLiteralTest {
  private static final SqlParser PARSER = new SqlParser();

  /** The time of a one-row INSERT whose time column is {@code literal}. */
  private static long time(String literal, ParseOptions options) {
    Insert insert =
        (Insert)
            PARSER.parse("insert into root.sg.d(time, s) values (" + literal + ", 1)", options);
    return insert.rows().get(0).time();
  }

  private static long time(String literal, TimestampPrecision precision) {
    return time(literal, SqlTestSupport.options(precision));
  }

  private static long inPrecision(long millis, TimestampPrecision precision) {
    return precision.fromMillis(millis);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-11-01T00:00:00 | 1509465600000",
        "2017-11-01 00:00:00 | 1509465600000",
        "2017-11-01t00:00:00 | 1509465600000",
        "2017/11/01 00:00:00 | 1509465600000",
        "2017.11.01T00:00:00 | 1509465600000",
        "2017-11-01 | 1509465600000",
        "2017-11-01T16:26:00.5 | 1509524760500",
        "2017-11-01T16:26:00.123 | 1509524760123",
        "2017-11-01T00:00:00+08:00 | 1509465600000",
        "2017-11-01T00:00:00+00:00 | 1509494400000",
        "2017-11-01T00:00:00-05:30 | 1509514200000",
        "1970-01-01T08:00:00 | 0",
        "1970-01-01T00:00:00 | -28800000"
      })
  void datetimesInEveryPrecision(String literal, long millis) {
    for (TimestampPrecision precision : TimestampPrecision.values()) {
      assertEquals(inPrecision(millis, precision), time(literal, precision), literal + precision);
    }
  }

  @Test
  void fractionsFinerThanMillisecondsKeepTheirDigitsInFinerPrecisions() {
    String literal = "2017-11-01T00:00:00.123456789";
    assertEquals(1509465600123L, time(literal, TimestampPrecision.MS));
    assertEquals(1509465600123456L, time(literal, TimestampPrecision.US));
    assertEquals(1509465600123456789L, time(literal, TimestampPrecision.NS));
  }

  @Test
  void aDatetimeWithoutOffsetIsInTheSessionZone() {
    ParseOptions utc = new ParseOptions(ZoneId.of("UTC"), TimestampPrecision.MS);
    ParseOptions newYork = new ParseOptions(ZoneId.of("America/New_York"), TimestampPrecision.MS);
    assertEquals(1509494400000L, time("2017-11-01T00:00:00", utc));
    assertEquals(1509508800000L, time("2017-11-01T00:00:00", newYork));
    assertEquals(1509494400000L, time("2017-11-01T00:00:00+00:00", newYork));
  }

  @ParameterizedTest
  @EnumSource(TimestampPrecision.class)
  void nowReadsTheClockInThePrecision(TimestampPrecision precision) {
    long expected = NOW.getEpochSecond() * precision.unit().convert(1, TimeUnit.SECONDS);
    expected += NOW.getNano() / precision.unit().toNanos(1);
    assertEquals(expected, time("now()", precision));
    assertEquals(expected, time("NOW()", precision));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "now() - 1d | -86400000",
        "now() + 1h30m | 5400000",
        "now() - 1w | -604800000",
        "now() - 1m - 1s | -61000",
        "now() + 1s500ms | 1500",
        "now() - 1h + 1m | -3540000"
      })
  void durationArithmetic(String literal, long deltaMillis) {
    for (TimestampPrecision precision : TimestampPrecision.values()) {
      long now = time("now()", precision);
      assertEquals(now + inPrecision(deltaMillis, precision), time(literal, precision), literal);
    }
  }

  @Test
  void monthsAndYearsFollowTheCalendarInTheSessionZone() {
    long expected = LocalDateTime.of(2024, 2, 29, 0, 0).atZone(ZONE).toInstant().toEpochMilli();
    assertEquals(expected, time("2024-01-31T00:00:00 + 1mo", TimestampPrecision.MS));
    long lastYear =
        LocalDateTime.ofInstant(NOW, ZONE).minusYears(1).atZone(ZONE).toInstant().toEpochMilli();
    assertEquals(lastYear, time("now() - 1y", TimestampPrecision.MS));
    assertEquals(lastYear, time("now() - 12mo", TimestampPrecision.MS));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1ms | MS | 0 | 1",
        "1us | US | 0 | 1",
        "1ns | NS | 0 | 1",
        "1s | NS | 0 | 1000000000",
        "1h30m | MS | 0 | 5400000",
        "1d1h1m1s1ms | MS | 0 | 90061001",
        "1Y2MO3W | MS | 14 | 1814400000",
        "2mo | US | 2 | 0"
      })
  void durationsInGroupBy(String written, TimestampPrecision precision, int months, long fixed) {
    Select select =
        (Select)
            PARSER.parse(
                "select count(s) from root.sg.d group by (1ms, " + written + ")",
                SqlTestSupport.options(precision));
    GroupByTime time = select.groupBy().time().orElseThrow();
    assertEquals(new TimeDuration(months, fixed), time.slidingStep());
  }

  @Test
  void unitsFinerThanThePrecisionRoundDown() {
    assertEquals(time("now()", TimestampPrecision.MS), time("now() - 1us", TimestampPrecision.MS));
    assertEquals(
        time("now()", TimestampPrecision.US), time("now() + 999ns", TimestampPrecision.US));
    assertEquals(
        time("now()", TimestampPrecision.MS) + 1, time("now() + 1500us", TimestampPrecision.MS));
  }

  @Test
  void timeLiteralsInPredicatesAreTimestamps() {
    Select select =
        (Select)
            PARSER.parse(
                "select s from root.sg.d where time >= 2017-11-01T00:00:00",
                SqlTestSupport.OPTIONS);
    BinaryExpression where = (BinaryExpression) select.where().orElseThrow();
    assertEquals(new LongLiteral(1509465600000L, "2017-11-01T00:00:00"), where.right());
  }

  @Test
  void theClockIsReadFromTheOptions() {
    Clock epoch = Clock.fixed(java.time.Instant.EPOCH, ZoneOffset.UTC);
    assertEquals(0L, time("now()", new ParseOptions(ZONE, TimestampPrecision.MS, epoch)));
  }

  @Test
  void nowIsReadOnceForAWholeStatement() {
    Clock ticking =
        new Clock() {
          private long millis;

          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public java.time.Instant instant() {
            millis += 1000;
            return java.time.Instant.ofEpochMilli(millis);
          }
        };
    Select select =
        (Select)
            PARSER.parse(
                "select s from root.sg.d where time > now() - 1s and time <= now()",
                new ParseOptions(ZONE, TimestampPrecision.MS, ticking));
    BinaryExpression where = (BinaryExpression) select.where().orElseThrow();
    long lower = ((LongLiteral) ((BinaryExpression) where.left()).right()).value();
    long upper = ((LongLiteral) ((BinaryExpression) where.right()).right()).value();
    assertEquals(1000, upper - lower);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-02-30T00:00:00 | Input time format 2017-02-30T00:00:00 error. Input like yyyy-MM-dd"
            + " HH:mm:ss, yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "2017-11-01T25:00:00 | Input time format 2017-11-01T25:00:00 error. Input like yyyy-MM-dd"
            + " HH:mm:ss, yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "2017-11-01T00:00:00.1234567891 | Input time format 2017-11-01T00:00:00.1234567891 error."
            + " Input like yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss or refer to user document for"
            + " more info.",
        "2017-11-01T00:00:00+19:00 | Input time format 2017-11-01T00:00:00+19:00 error. Input like"
            + " yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "9999-01-01 | Time 9999-01-01 is out of range"
      })
  void badDatetimes(String literal, String message) {
    SqlSemanticException e =
        assertThrows(
            SqlSemanticException.class,
            () -> time(literal, SqlTestSupport.options(TimestampPrecision.NS)));
    assertEquals(StatusCode.SEMANTIC_ERROR, e.statusCode());
    assertEquals(message, e.getMessage());
  }
}
