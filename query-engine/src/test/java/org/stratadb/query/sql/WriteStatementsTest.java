package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.NOW;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.DeleteData;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.InsertRow;
import org.stratadb.query.sql.ast.expression.BlobLiteral;
import org.stratadb.query.sql.ast.expression.BooleanLiteral;
import org.stratadb.query.sql.ast.expression.DoubleLiteral;
import org.stratadb.query.sql.ast.expression.Literal;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.NullLiteral;
import org.stratadb.query.sql.ast.expression.StringLiteral;

class WriteStatementsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "INSERT INTO root.sg.d1(timestamp, s1, s2) VALUES (1, 2, 3), (4, 5, 6)",
        "insert into root.sg.d1(time,s1,s2) values(1,2,3),(4,5,6)",
        "Insert Into root.sg.d1(TIME, s1, s2) Values (1, 2, 3), (4, 5, 6);"
      })
  void insertRows(String sql) {
    Insert insert = parse(sql, Insert.class);
    assertEquals(path("root.sg.d1"), insert.device());
    assertFalse(insert.aligned());
    assertEquals(List.of("s1", "s2"), insert.measurements());
    assertEquals(
        List.of(
            new InsertRow(1, List.of(LongLiteral.of(2), LongLiteral.of(3))),
            new InsertRow(4, List.of(LongLiteral.of(5), LongLiteral.of(6)))),
        insert.rows());
  }

  @Test
  void alignedInsertWithBackquotedMeasurement() {
    Insert insert =
        parse(
            "INSERT INTO root.sg.`d-1`(time, `s.1`, s2) ALIGNED VALUES (1, 'a', true)",
            Insert.class);
    assertTrue(insert.aligned());
    assertEquals(List.of("root", "sg", "d-1"), insert.device().nodes());
    assertEquals(List.of("s.1", "s2"), insert.measurements());
  }

  @Test
  void everyKindOfValue() {
    List<Literal> values =
        parse(
                "INSERT INTO root.sg.d(time, a, b, c, d, e, f, g, h, i, j, k, l, m, n) VALUES (1,"
                    + " 42, -7, +8, 1.5, -.25, 3e2, -1.5E-3, 'it''s', \"say \"\"hi\"\"\", TRUE,"
                    + " false, null, NaN, X'0AfF')",
                Insert.class)
            .rows()
            .get(0)
            .values();
    assertEquals(
        List.of(
            new LongLiteral(42, "42"),
            new LongLiteral(-7, "-7"),
            new LongLiteral(8, "8"),
            new DoubleLiteral(1.5, "1.5"),
            new DoubleLiteral(-0.25, "-.25"),
            new DoubleLiteral(300, "3e2"),
            new DoubleLiteral(-0.0015, "-1.5E-3"),
            new StringLiteral("it's"),
            new StringLiteral("say \"hi\""),
            new BooleanLiteral(true),
            new BooleanLiteral(false),
            NullLiteral.INSTANCE,
            new DoubleLiteral(Double.NaN, "NaN"),
            new BlobLiteral("0aff")),
        values);
    assertArrayEquals(new byte[] {0x0a, (byte) 0xff}, ((BlobLiteral) values.get(13)).bytes());
  }

  @Test
  void integersBeyondLongStayNumbers() {
    Literal value =
        parse("INSERT INTO root.sg.d(time, s) VALUES (1, 99999999999999999999)", Insert.class)
            .rows()
            .get(0)
            .values()
            .get(0);
    assertEquals(new DoubleLiteral(1e20, "99999999999999999999"), value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2017-11-01T00:00:00 | 1509465600000",
        "2017-11-01 00:00:00.123 | 1509465600123",
        "2017-11-01T00:00:00+00:00 | 1509494400000",
        "2017-11-01 | 1509465600000",
        "now() | 1704164645678",
        "now() - 1d | 1704078245678",
        "-5 | -5"
      })
  void timeColumnTakesTimeLiterals(String time, long expected) {
    Insert insert = parse("INSERT INTO root.sg.d(time, s) VALUES (" + time + ", 1)", Insert.class);
    assertEquals(expected, insert.rows().get(0).time());
  }

  @Test
  void withoutTimeColumnTheRowIsStampedNow() {
    Insert insert = parse("INSERT INTO root.sg.d(s1, s2) VALUES (1, 2)", Insert.class);
    assertEquals(List.of("s1", "s2"), insert.measurements());
    assertEquals(NOW.toEpochMilli(), insert.rows().get(0).time());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "INSERT INTO root.sg.d(time, s1, s2) VALUES (1, 2)"
            + " | the measurementList's size 2 is not consistent with the valueList's size 1",
        "INSERT INTO root.sg.d(time, s1) VALUES (1, 2), (3, 4, 5)"
            + " | the measurementList's size 1 is not consistent with the valueList's size 2",
        "INSERT INTO root.sg.d(s1) VALUES (1), (2) | need timestamps when insert multi rows",
        "INSERT INTO root.sg.d(s1, time) VALUES (1, 2)"
            + " | The time column must be the first column of an INSERT",
        "INSERT INTO root.sg.d(time, s1) VALUES (1.5, 2)"
            + " | Input time format 1.5 error. Input like yyyy-MM-dd HH:mm:ss,"
            + " yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "INSERT INTO root.sg.d(time, s1) VALUES ('x', 2)"
            + " | Input time format 'x' error. Input like yyyy-MM-dd HH:mm:ss,"
            + " yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "INSERT INTO root.sg.d(time, s1) VALUES (2017-13-01, 2)"
            + " | Input time format 2017-13-01 error. Input like yyyy-MM-dd HH:mm:ss,"
            + " yyyy-MM-ddTHH:mm:ss or refer to user document for more info.",
        "INSERT INTO root.sg.d(time, s1) VALUES (1, X'abc')"
            + " | Binary literal X'abc' must hold an even number of hex digits"
      })
  void badInserts(String sql, String message) {
    assertEquals(message, failure(sql, StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void anUnquotedWordIsNotAValue() {
    assertEquals(
        SqlParseException.PREFIX
            + "line 1:45 mismatched input 'string' expecting {FALSE, NAN, NOW, NULL, TRUE, '-',"
            + " '+', '.', STRING_LITERAL, BINARY_LITERAL, DATETIME_LITERAL, INTEGER_LITERAL,"
            + " EXPONENT_NUM_PART}",
        failure(
            "INSERT INTO root.sg1.d1(time, s1) values (1, string)", StatusCode.SQL_PARSE_ERROR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DELETE FROM root.sg.d1.s1 | -9223372036854775808 | 9223372036854775807",
        "DELETE FROM root.sg.d1.s1 WHERE time < 10 | -9223372036854775808 | 9",
        "DELETE FROM root.sg.d1.s1 WHERE time <= 10 | -9223372036854775808 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE time > 10 | 11 | 9223372036854775807",
        "DELETE FROM root.sg.d1.s1 WHERE time >= 10 | 10 | 9223372036854775807",
        "DELETE FROM root.sg.d1.s1 WHERE time = 10 | 10 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE 10 < time | 11 | 9223372036854775807",
        "DELETE FROM root.sg.d1.s1 WHERE time > 5 AND time <= 10 | 6 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE time > 5 AND time < 20 AND time <= 10 | 6 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE time BETWEEN 5 AND 10 | 5 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE (time >= 5) & (time <= 10) | 5 | 10",
        "DELETE FROM root.sg.d1.s1 WHERE time <= 2017-11-01T16:26:00"
            + " | -9223372036854775808 | 1509524760000"
      })
  void deleteTimeRanges(String sql, long start, long end) {
    DeleteData delete = parse(sql, DeleteData.class);
    assertEquals(List.of(path("root.sg.d1.s1")), delete.paths());
    assertEquals(start, delete.startTime());
    assertEquals(end, delete.endTime());
  }

  @Test
  void deleteFromSeveralPatterns() {
    DeleteData delete = parse("delete from root.sg.d1.*, root.sg.**.s1", DeleteData.class);
    assertEquals(List.of(path("root.sg.d1.*"), path("root.sg.**.s1")), delete.paths());
    assertTrue(delete.deletesAll());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "time > 4 or time < 0 | For delete statement, where clause can only contain atomic"
            + " expressions like : time > XXX, time <= XXX, or two atomic expressions connected by"
            + " 'AND'",
        "time != 4 | For delete statement, where clause can only contain atomic"
            + " expressions like : time > XXX, time <= XXX, or two atomic expressions connected by"
            + " 'AND'",
        "s1 > 4 | For delete statement, where clause can only contain time expressions, value"
            + " filter is not currently supported.",
        "time > 4 and s1 < 3 | For delete statement, where clause can only contain time"
            + " expressions, value filter is not currently supported.",
        "time > 10 and time < 5 | The time range of the delete statement is empty: start time 11"
            + " is after end time 4"
      })
  void badDeleteConditions(String where, String message) {
    assertEquals(
        message, failure("DELETE FROM root.sg.d1.s1 WHERE " + where, StatusCode.SEMANTIC_ERROR));
  }
}
