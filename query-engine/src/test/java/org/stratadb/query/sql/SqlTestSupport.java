package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.ast.Statement;

/** Parsing helpers shared by the SQL tests: a fixed clock, zone +08:00, millisecond precision. */
final class SqlTestSupport {
  /** What {@code now()} reads in these tests. */
  static final Instant NOW = Instant.parse("2024-01-02T03:04:05.678Z");

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static final ParseOptions OPTIONS = options(TimestampPrecision.MS);

  private static final SqlParser PARSER = new SqlParser();

  private SqlTestSupport() {}

  static ParseOptions options(TimestampPrecision precision) {
    return new ParseOptions(ZONE, precision, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static Statement parse(String sql) {
    return PARSER.parse(sql, OPTIONS);
  }

  static <T extends Statement> T parse(String sql, Class<T> type) {
    return assertInstanceOf(type, parse(sql), sql);
  }

  static PartialPath path(String text) {
    return PartialPath.parse(text);
  }

  /** Asserts that parsing fails with {@code code} and returns the message. */
  static String failure(String sql, StatusCode code) {
    StrataException e = assertThrows(StrataException.class, () -> parse(sql), sql);
    assertEquals(code, e.statusCode(), () -> sql + " -> " + e.getMessage());
    return e.getMessage();
  }
}
