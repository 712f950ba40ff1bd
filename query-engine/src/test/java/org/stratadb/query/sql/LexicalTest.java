package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.OPTIONS;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.CreateDatabase;
import org.stratadb.query.sql.ast.CreateTimeseries;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.ResultColumn;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.ShowTimeseries;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;
import org.stratadb.query.sql.grammar.StrataSqlLexer;

/** Keywords, names, quoting, and splitting scripts into statements. */
class LexicalTest {
  private static final Set<String> RESERVED = Set.of("ROOT", "TIME", "TIMESTAMP");

  /** Every keyword of the lexer: the tokens declared before the first operator. */
  static Stream<String> keywords() {
    return IntStream.range(1, StrataSqlLexer.MINUS)
        .mapToObj(StrataSqlLexer.VOCABULARY::getSymbolicName)
        .filter(name -> !name.equals("WS"));
  }

  @ParameterizedTest
  @MethodSource("keywords")
  void everyKeywordButRootAndTimeNamesANode(String keyword) {
    String sql = "CREATE TIMESERIES root.sg." + keyword.toLowerCase(Locale.ROOT) + ".s INT32";
    if (RESERVED.contains(keyword)) {
      failure(sql, StatusCode.SQL_PARSE_ERROR);
    } else {
      assertEquals(
          path("root.sg." + keyword.toLowerCase(Locale.ROOT) + ".s"),
          parse(sql, CreateTimeseries.class).path());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "select s1 from root.sg.d1 where time > 1 limit 1",
        "SELECT S1 FROM ROOT.SG.D1 WHERE TIME > 1 LIMIT 1",
        "SeLeCt s1 FrOm root.sg.d1 WhErE tImE > 1 LiMiT 1"
      })
  void keywordsAreCaseInsensitiveButNamesKeepTheirCase(String sql) {
    Select select = parse(sql, Select.class);
    assertEquals(1, select.layout().rows().limit());
    String device = sql.contains("SG") ? "SG.D1" : "sg.d1";
    assertEquals(path("root." + device), select.from().get(0));
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "root.sg.`a.b` => [root, sg, a.b]",
        "root.sg.`a``b` => [root, sg, a`b]",
        "root.sg.`select` => [root, sg, select]",
        "root.sg.`123` => [root, sg, 123]",
        "root.sg.`a b` => [root, sg, a b]",
        "root.sg.`温度` => [root, sg, 温度]",
        "root.sg.温度 => [root, sg, 温度]",
        "root.sg.a_b:c@d#e$f{g} => [root, sg, a_b:c@d#e$f{g}]",
        "root.sg.1d => [root, sg, 1d]",
        "root.sg.12a => [root, sg, 12a]"
      })
  void nodeNames(String path, String nodes) {
    CreateTimeseries create = parse("CREATE TIMESERIES " + path + " INT32", CreateTimeseries.class);
    assertEquals(nodes, create.path().nodes().toString());
  }

  @Test
  void aNumberAloneIsNotANodeName() {
    failure("CREATE TIMESERIES root.sg.123 INT32", StatusCode.SQL_PARSE_ERROR);
  }

  @Test
  void backquotedPathsEverywhere() {
    Select select = parse("select `s.1`, d.`s 2` from root.`sg.x`.**", Select.class);
    assertEquals(
        List.of(
            new ResultColumn(new TimeseriesOperand(path("`s.1`"))),
            new ResultColumn(new TimeseriesOperand(path("d.`s 2`")))),
        select.select().columns());
    assertEquals(List.of("root", "sg.x", "**"), select.from().get(0).nodes());
    Insert insert = parse("insert into root.`sg.x`.d(time, `s.1`) values (1, 2)", Insert.class);
    assertEquals(List.of("s.1"), insert.measurements());
    assertEquals(
        List.of("root", "sg.x"),
        parse("create database root.`sg.x`", CreateDatabase.class).database().nodes());
  }

  @Test
  void aStatementMaySpanLinesAndEndWithSemicolons() {
    assertEquals(
        path("root.sg.**"),
        parse("show\ttimeseries\r\n  root.sg.**\n;", ShowTimeseries.class).pattern());
  }

  @Test
  void parseAllReadsAScript() {
    List<Statement> statements =
        new SqlParser()
            .parseAll(
                ";CREATE DATABASE root.sg;; insert into root.sg.d(time, s) values (1, ';');\n"
                    + "select s from root.sg.d",
                OPTIONS);
    assertEquals(3, statements.size());
    assertTrue(statements.get(0) instanceof CreateDatabase);
    assertTrue(statements.get(1) instanceof Insert);
    assertTrue(statements.get(2) instanceof Select);
    assertEquals(List.of(), new SqlParser().parseAll(" ; ;", OPTIONS));
  }

  @Test
  void parseAllFailsOnAnyBadStatement() {
    SqlParseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            SqlParseException.class,
            () -> new SqlParser().parseAll("show databases;\nselct 1;", OPTIONS));
    assertTrue(e.getMessage().contains("line 2:0 "), e.getMessage());
  }

  @Test
  void splitCutsAtSemicolonsOutsideQuotes() {
    assertEquals(
        List.of(
            "CREATE DATABASE root.sg",
            "insert into root.sg.d(time, s) values (1, 'a;b')",
            "select `x;y` from root.sg.d",
            "flush"),
        SqlParser.split(
            "CREATE DATABASE root.sg;insert into root.sg.d(time, s) values (1, 'a;b');\n"
                + "  ;select `x;y` from root.sg.d;\nflush"));
    assertEquals(List.of(), SqlParser.split(" ;; "));
  }
}
