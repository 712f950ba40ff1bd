package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.AlignBy;
import org.stratadb.query.sql.ast.Fill;
import org.stratadb.query.sql.ast.GroupBy;
import org.stratadb.query.sql.ast.GroupByTime;
import org.stratadb.query.sql.ast.Pagination;
import org.stratadb.query.sql.ast.ResultColumn;
import org.stratadb.query.sql.ast.ResultLayout;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.SortItem;
import org.stratadb.query.sql.ast.TimeDuration;
import org.stratadb.query.sql.ast.WindowRange;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.DoubleLiteral;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.ast.expression.FunctionCall;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.TimeColumn;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;

class SelectStatementTest {

  private static TimeseriesOperand operand(String path) {
    return new TimeseriesOperand(path(path));
  }

  private static Select select(String sql) {
    return parse(sql, Select.class);
  }

  @Test
  void plainSelect() {
    Select select = select("SELECT s1, s2 FROM root.sg.d1");
    assertFalse(select.isLastQuery());
    assertEquals(
        List.of(new ResultColumn(operand("s1")), new ResultColumn(operand("s2"))),
        select.select().columns());
    assertEquals(List.of(path("root.sg.d1")), select.from());
    assertEquals(Optional.empty(), select.where());
    assertEquals(GroupBy.NONE, select.groupBy());
    assertEquals(Optional.empty(), select.having());
    assertEquals(Optional.empty(), select.fill());
    assertEquals(ResultLayout.DEFAULT, select.layout());
    assertTrue(select.isQuery());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "* | *",
        "** | **",
        "s* | s*",
        "*s | *s",
        "*s* | *s*",
        "d1.* | d1.*",
        "root.sg.d1.s1 | root.sg.d1.s1",
        "`s.1` | `s.1`",
        "d1.`select` | d1.`select`",
        "count | count",
        "last | last",
        "1d | 1d"
      })
  void selectedPaths(String written, String expected) {
    Select select = select("select " + written + " from root.sg.**");
    assertEquals(List.of(new ResultColumn(operand(expected))), select.select().columns());
  }

  @Test
  void severalFromPaths() {
    assertEquals(
        List.of(path("root.sg.d1"), path("root.sg.*"), path("root.**")),
        select("select * from root.sg.d1, root.sg.*, root.**").from());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "s1 AS a | a",
        "s1 as `a b` | a b",
        "s1 AS 'quoted' | quoted",
        "count(s1) AS total | total"
      })
  void aliases(String column, String alias) {
    ResultColumn result = select("select " + column + " from root.sg.d").select().columns().get(0);
    assertEquals(Optional.of(alias), result.alias());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "count",
        "avg",
        "sum",
        "max_value",
        "min_value",
        "first_value",
        "last_value",
        "max_time",
        "min_time",
        "extreme",
        "COUNT",
        "Avg"
      })
  void aggregationFunctions(String function) {
    Expression column =
        select("select " + function + "(s1) from root.sg.d").select().columns().get(0).expression();
    assertEquals(new FunctionCall(function, List.of(operand("s1"))), column);
    assertTrue(((FunctionCall) column).is(function.toLowerCase(Locale.ROOT)));
  }

  @Test
  void countStarAndFunctionAttributes() {
    List<ResultColumn> columns =
        select("select count(*), top_k(s1, 'k'='2'), diff(s1, 'ignoreNull'=false) from root.sg.d")
            .select()
            .columns();
    assertEquals(new FunctionCall("count", List.of(operand("*"))), columns.get(0).expression());
    assertEquals(
        new FunctionCall("top_k", List.of(operand("s1")), Map.of("k", "2")),
        columns.get(1).expression());
    assertEquals(
        new FunctionCall("diff", List.of(operand("s1")), Map.of("ignoreNull", "false")),
        columns.get(2).expression());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT LAST s1, s2 FROM root.sg.d1",
        "select last s1, s2 from root.sg.d1",
        "select LAST s1,s2 from root.sg.d1;"
      })
  void lastQuery(String sql) {
    Select select = select(sql);
    assertTrue(select.isLastQuery());
    assertEquals(
        List.of(new ResultColumn(operand("s1")), new ResultColumn(operand("s2"))),
        select.select().columns());
  }

  @Test
  void whereClause() {
    Select select = select("select s1 from root.sg.d where time >= 10 and s1 > 2.5");
    assertEquals(
        Optional.of(
            new BinaryExpression(
                BinaryExpression.Operator.AND,
                new BinaryExpression(
                    BinaryExpression.Operator.GREATER_EQUAL,
                    TimeColumn.INSTANCE,
                    LongLiteral.of(10)),
                new BinaryExpression(
                    BinaryExpression.Operator.GREATER_THAN,
                    operand("s1"),
                    new DoubleLiteral(2.5, "2.5")))),
        select.where());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "([1, 100), 10ms) | 1 | 100 | true | 10 | 10",
        "([1, 100), 10ms, 5ms) | 1 | 100 | true | 10 | 5",
        "((1, 100], 1s) | 1 | 100 | false | 1000 | 1000",
        "TIME ([0, 3600000), 1h30m) | 0 | 3600000 | true | 5400000 | 5400000",
        "([2017-11-01T00:00:00, 2017-11-07T23:00:00), 1d)"
            + " | 1509465600000 | 1510066800000 | true | 86400000 | 86400000"
      })
  void groupByTimeWindows(
      String clause, long start, long end, boolean leftClosed, long interval, long step) {
    GroupByTime time =
        select("select count(s1) from root.sg.d group by " + clause).groupBy().time().orElseThrow();
    assertEquals(Optional.of(new WindowRange(start, end, leftClosed)), time.range());
    assertEquals(TimeDuration.ofFixed(interval), time.interval());
    assertEquals(TimeDuration.ofFixed(step), time.slidingStep());
  }

  @Test
  void groupByTimeWithoutRangeAndWithMonths() {
    GroupByTime time =
        select("select count(s1) from root.sg.d group by (1mo)").groupBy().time().orElseThrow();
    assertEquals(Optional.empty(), time.range());
    assertEquals(new TimeDuration(1, 0), time.interval());
  }

  @Test
  void groupByLevelAndBoth() {
    assertEquals(
        new GroupBy(Optional.empty(), List.of(1)),
        select("select count(*) from root.** group by level=1").groupBy());
    assertEquals(
        List.of(1, 2),
        select("select count(*) from root.** group by level = 1, 2").groupBy().levels());
    GroupBy both =
        select("select count(*) from root.** group by ([0, 10), 1ms), level=1").groupBy();
    assertTrue(both.time().isPresent());
    assertEquals(List.of(1), both.levels());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "group by ([10, 1), 1ms) | Start time should be smaller than endTime in GroupBy",
        "group by ([1, 10), 1us) | The time interval should be positive.",
        "group by (1ms), (2ms) | GROUP BY time is given more than once",
        "group by level=1, level=2 | GROUP BY LEVEL is given more than once"
      })
  void badGroupBy(String clause, String message) {
    assertEquals(
        message, failure("select count(s1) from root.sg.d " + clause, StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void havingFillOrderPaginationAlign() {
    Select select =
        select(
            "select count(s1) from root.sg.* group by ([0, 100), 10ms) having count(s1) > 1"
                + " fill(previous, 1m) order by time desc limit 10 offset 2 slimit 3 soffset 1"
                + " align by device");
    assertTrue(select.having().isPresent());
    assertEquals(
        Optional.of(
            new Fill(
                Fill.Method.PREVIOUS, Optional.empty(), Optional.of(TimeDuration.ofFixed(60000)))),
        select.fill());
    assertEquals(
        new ResultLayout(
            List.of(SortItem.of(SortItem.Key.TIME, true)),
            new Pagination(10, 2),
            new Pagination(3, 1),
            AlignBy.DEVICE),
        select.layout());
    assertTrue(select.alignByDevice());
    assertTrue(select.layout().timeDescending());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fill(linear) | LINEAR | ",
        "FILL(PREVIOUS) | PREVIOUS | ",
        "fill(0) | CONSTANT | 0",
        "fill('n/a') | CONSTANT | n/a",
        "fill(true) | CONSTANT | true"
      })
  void fillMethods(String clause, Fill.Method method, String value) {
    Fill fill = select("select s1 from root.sg.d " + clause).fill().orElseThrow();
    assertEquals(method, fill.method());
    assertEquals(Optional.ofNullable(value), fill.value().map(v -> v.text()));
  }

  @Test
  void orderByKeysAndExpressions() {
    List<SortItem> items =
        select(
                "select s1 from root.sg.* order by device, time asc, timeseries desc,"
                    + " s1 desc nulls first, s2 + 1 align by device")
            .layout()
            .orderBy();
    assertEquals(SortItem.of(SortItem.Key.DEVICE, false), items.get(0));
    assertEquals(SortItem.of(SortItem.Key.TIME, false), items.get(1));
    assertEquals(SortItem.of(SortItem.Key.TIMESERIES, true), items.get(2));
    assertEquals(
        new SortItem(SortItem.Key.EXPRESSION, Optional.of(operand("s1")), true, true),
        items.get(3));
    assertEquals("s2 + 1", items.get(4).expression().orElseThrow().toSql());
    assertFalse(items.get(4).descending());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "limit 5 | 5 | 0 | 0 | 0",
        "offset 5 limit 2 | 2 | 5 | 0 | 0",
        "slimit 4 | 0 | 0 | 4 | 0",
        "soffset 1 slimit 4 limit 3 | 3 | 0 | 4 | 1"
      })
  void pagination(String clause, long limit, long offset, long slimit, long soffset) {
    ResultLayout layout = select("select * from root.sg.d " + clause).layout();
    assertEquals(new Pagination(limit, offset), layout.rows());
    assertEquals(new Pagination(slimit, soffset), layout.series());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "slimit 0 | SLIMIT <SN>: SN should be greater than 0.",
        "limit 1 offset 2 limit 3 | LIMIT is given more than once",
        "offset 99999999999999999999 | Out of range. OFFSET <OFFSETValue>: OFFSETValue should be"
            + " Int64."
      })
  void badPagination(String clause, String message) {
    assertEquals(message, failure("select * from root.sg.d " + clause, StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void alignByTimeIsTheDefault() {
    assertEquals(AlignBy.TIME, select("select * from root.sg.d align by time").layout().alignBy());
  }
}
