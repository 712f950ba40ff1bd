package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.failure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;

class SyntaxErrorTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "selct * from root.sg => line 1:0 mismatched input 'selct' expecting {COUNT, CREATE, DEBUG,"
            + " DELETE, DROP, FLUSH, INSERT, SELECT, SET, SHOW, UNSET}",
        "select * from => line 1:9 no viable alternative at input 'from'",
        "select s1 from root.sg where => line 1:28 mismatched input '<EOF>' expecting {ROOT, TIME,"
            + " TIMESTAMP, '-', '+', '!', '.', '*', '**', '(', STRING_LITERAL, BINARY_LITERAL,"
            + " DATETIME_LITERAL, INTEGER_LITERAL, EXPONENT_NUM_PART, ID, QUOTED_ID}",
        "insert into root.ln.wf02.wt02(timestamp,status) value(1,true) => line 1:48 mismatched"
            + " input 'value' expecting {ALIGNED, VALUES}",
        "create database sg => line 1:16 mismatched input 'sg' expecting ROOT",
        "show timeseries root.sg limit => line 1:29 missing INTEGER_LITERAL at '<EOF>'",
        "select s1 from root.sg.d1 where s1 > 1 1 => line 1:39 extraneous input '1' expecting"
            + " {<EOF>, ';'}",
        "insert into root.sg.d(time,s1) values(100,‘100’) => line 1:42 token recognition error"
            + " at: '‘'",
        "select \"s1 from root.sg => line 1:7 token recognition error at: '\"s1 from root.sg'",
        "select s1 from root.sg.d1 ; select s2 from root.sg.d1 => line 1:28 mismatched input"
            + " 'select' expecting <EOF>"
      })
  void syntaxErrorsReadLikeIoTdbs(String sql, String detail) {
    assertEquals(SqlParseException.PREFIX + detail, failure(sql, StatusCode.SQL_PARSE_ERROR));
  }

  @Test
  void theErrorNamesTheLineOfAMultiLineStatement() {
    String message = failure("select s1\nfrom root.sg.d1\nwhere s1 >", StatusCode.SQL_PARSE_ERROR);
    assertTrue(message.contains("line 3:10 "), message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ";", "-- nothing"})
  void emptyStatementsAreErrors(String sql) {
    failure(sql, StatusCode.SQL_PARSE_ERROR);
  }

  @Test
  void nothingIsPrintedToStandardError() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      failure("selct 1", StatusCode.SQL_PARSE_ERROR);
      failure("select 'unclosed from root.sg", StatusCode.SQL_PARSE_ERROR);
    } finally {
      System.setErr(original);
    }
    assertEquals("", captured.toString(StandardCharsets.UTF_8));
  }
}
