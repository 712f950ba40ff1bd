package org.stratadb.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.analyze.AggregationFunction;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.testing.Results;
import org.stratadb.query.testing.TestCluster;

class AggregationQueryTest {
  static final int ROWS = 3;
  static final List<String> ALL =
      List.of(
          "count",
          "sum",
          "avg",
          "min_value",
          "max_value",
          "first_value",
          "last_value",
          "min_time",
          "max_time",
          "extreme");

  @TempDir Path dir;
  TestCluster cluster;
  QueryEngine engine;

  @BeforeEach
  void setUp() {
    cluster = new TestCluster(dir, 10, 3);
    cluster
        .create("root.sg.d1", false, "s1", TSDataType.INT32)
        .create("root.sg.d1", false, "t", TSDataType.TEXT)
        .create("root.sg.d2", true, "s1", TSDataType.DOUBLE);
    // d1.s1 over partitions 0..3 -> spread over all three regions
    cluster.insert(
        "root.sg.d1",
        List.of("s1", "t"),
        new Object[] {1, 3, "x"},
        new Object[] {4, -7, null},
        new Object[] {12, 2, "y"},
        new Object[] {19, null, "z"},
        new Object[] {25, 5, null},
        new Object[] {33, -1, null});
    cluster.insert(
        "root.sg.d2",
        List.of("s1"),
        new Object[] {2, 1.5},
        new Object[] {14, -2.5},
        new Object[] {15, 2.5});
    engine = new QueryEngine(cluster.services(), ROWS);
  }

  @AfterEach
  void tearDown() throws Exception {
    assertEquals(0, cluster.openScans(), "every storage scan is closed");
    cluster.close();
  }

  private Results.Table aggregate(
      List<String> paths, List<String> functions, Long start, Long end, Long interval, Long step) {
    return Results.read(
        engine.aggregationQuery(RawQueryTest.SESSION, paths, functions, start, end, interval, step),
        ROWS);
  }

  private static List<String> repeat(String path, int n) {
    return java.util.Collections.nCopies(n, path);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void allFunctionsMergeAcrossRegions(boolean flushed) throws Exception {
    if (flushed) {
      cluster.flush();
    }
    Results.Table t = aggregate(repeat("root.sg.d1.s1", ALL.size()), ALL, null, null, null, null);
    assertTrue(t.header().ignoreTimestamp());
    assertEquals("count(root.sg.d1.s1)", t.header().columns().get(0));
    assertEquals(
        List.of(
            TSDataType.INT64,
            TSDataType.DOUBLE,
            TSDataType.DOUBLE,
            TSDataType.INT32,
            TSDataType.INT32,
            TSDataType.INT32,
            TSDataType.INT32,
            TSDataType.INT64,
            TSDataType.INT64,
            TSDataType.INT32),
        t.header().dataTypes());
    // values 3, -7, 2, 5, -1 at 1, 4, 12, 25, 33
    assertEquals(List.of("0,5,2.0,0.4,-7,5,3,-1,1,33,-7"), t.rows());
  }

  @Test
  void timeBoundsAndEmptyAggregates() {
    Results.Table t =
        aggregate(
            List.of("root.sg.d1.s1", "root.sg.d1.s1", "root.sg.d1.s1"),
            List.of("count", "first_value", "sum"),
            4L,
            26L,
            null,
            null);
    assertEquals(List.of("0,3,-7,0.0"), t.rows());
    Results.Table none =
        aggregate(
            List.of("root.sg.d1.s1", "root.sg.d1.s1"),
            List.of("count", "avg"),
            100L,
            200L,
            null,
            null);
    assertEquals(List.of("0,0,null"), none.rows());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void tumblingWindowsAcrossPartitions(boolean flushed) throws Exception {
    if (flushed) {
      cluster.flush();
    }
    // windows of 15 cross the partition boundaries at 10, 20, 30
    Results.Table t =
        aggregate(
            List.of("root.sg.d1.s1", "root.sg.d1.s1", "root.sg.d2.s1"),
            List.of("count", "last_value", "max_value"),
            0L,
            45L,
            15L,
            null);
    assertTrue(!t.header().ignoreTimestamp());
    assertEquals(List.of("0,3,2,1.5", "15,1,5,2.5", "30,1,-1,null"), t.rows());
  }

  @Test
  void slidingWindowsAndUnalignedStart() {
    // windows [3,13) [8,18) [13,23) [18,28) [23,33) [28,38) clipped to end 35
    Results.Table t =
        aggregate(
            List.of("root.sg.d1.s1", "root.sg.d1.s1"), List.of("count", "sum"), 3L, 35L, 10L, 5L);
    assertEquals(
        List.of(
            "3,2,-5.0", "8,1,2.0", "13,0,null", "18,1,5.0", "23,1,5.0", "28,1,-1.0", "33,1,-1.0"),
        t.rows());
  }

  @Test
  void windowsWithTimeFilterNotOnWindowStart() {
    // GROUP BY ([0, 40), 10) WHERE time >= 3 and time < 30: window 0 starts before the filter
    Expr count =
        new Expr.Aggregate(
            AggregationFunction.COUNT, Expr.Series.of(cluster.series("root.sg.d1.s1")));
    QuerySpec spec =
        QuerySpec.aggregation(
            List.of(OutputColumn.of(count)),
            TimeSet.halfOpen(3, 30),
            null,
            GroupByTime.tumbling(0, 40, 10));
    assertEquals(List.of("0,1", "10,1", "20,1", "30,0"), run(spec));
    // the same with two time ranges: [0,4] or [24, 40)
    QuerySpec twoRanges =
        QuerySpec.aggregation(
            List.of(OutputColumn.of(count)),
            TimeSet.closed(0, 4).union(TimeSet.halfOpen(24, 40)),
            null,
            new GroupByTime(0, 40, 20, 10));
    assertEquals(List.of("0,2", "10,1", "20,2", "30,1"), run(twoRanges));
  }

  @Test
  void valueFilterAggregatesFilteredRows() {
    Expr s1 = Expr.Series.of(cluster.series("root.sg.d1.s1"));
    Expr d2 = Expr.Series.of(cluster.series("root.sg.d2.s1"));
    Expr where = new Expr.Binary(Expr.BinaryOp.GT, s1, Expr.Literal.of(0L));
    QuerySpec spec =
        QuerySpec.aggregation(
            List.of(
                OutputColumn.of(new Expr.Aggregate(AggregationFunction.COUNT, (Expr.Series) s1)),
                OutputColumn.of(new Expr.Aggregate(AggregationFunction.AVG, (Expr.Series) s1)),
                OutputColumn.of(new Expr.Aggregate(AggregationFunction.COUNT, (Expr.Series) d2))),
            TimeSet.all(),
            where,
            null);
    // s1 > 0 at 1, 12, 25; d2 has no point at those times
    assertEquals(List.of("0,3,3.3333333333333335,0"), run(spec));
    QuerySpec windows =
        QuerySpec.aggregation(
            spec.columns(), TimeSet.all(), where, GroupByTime.tumbling(0, 30, 10));
    assertEquals(List.of("0,1,3.0,0", "10,1,2.0,0", "20,1,5.0,0"), run(windows));
  }

  @Test
  void errorsAreSemantic() {
    StrataException unknown =
        assertThrows(
            StrataException.class,
            () -> aggregate(List.of("root.sg.d1.s1"), List.of("nosuch"), null, null, null, null));
    assertEquals(StatusCode.SEMANTIC_ERROR, unknown.statusCode());
    StrataException wrongType =
        assertThrows(
            StrataException.class,
            () -> aggregate(List.of("root.sg.d1.t"), List.of("sum"), null, null, null, null));
    assertEquals(StatusCode.SEMANTIC_ERROR, wrongType.statusCode());
    Results.Table text =
        aggregate(
            List.of("root.sg.d1.t", "root.sg.d1.t", "root.sg.d1.t"),
            List.of("count", "first_value", "last_value"),
            null,
            null,
            null,
            null);
    assertEquals(List.of("0,3,x,z"), text.rows());
  }

  @Test
  void manyWindowsArePaged() {
    Results.Table t = aggregate(List.of("root.sg.d1.s1"), List.of("count"), 0L, 40L, 1L, null);
    assertEquals(40, t.rows().size());
    assertEquals("25,1", t.rows().get(25));
    QuerySpec paged =
        new org.stratadb.query.analyze.SessionQueries(cluster)
            .aggregation(List.of("root.sg.d1.s1"), List.of("count"), 0L, 40L, 1L, null)
            .withPage(10, 5);
    assertEquals(List.of("10,0", "11,0", "12,1", "13,0", "14,0"), run(paged));
  }

  private List<String> run(QuerySpec spec) {
    return Results.read(engine.execute(spec, RawQueryTest.SESSION), ROWS).rows();
  }
}
