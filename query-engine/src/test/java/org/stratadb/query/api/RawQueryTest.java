package org.stratadb.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.OutputColumn;
import org.stratadb.query.analyze.QuerySpec;
import org.stratadb.query.analyze.TimeSet;
import org.stratadb.query.testing.Results;
import org.stratadb.query.testing.TestCluster;

class RawQueryTest {
  static final SessionContext SESSION = new SessionContext(1, "root", ZoneId.of("UTC"));
  static final int ROWS = 4;

  @TempDir Path dir;
  TestCluster cluster;
  QueryEngine engine;

  @BeforeEach
  void setUp() {
    // partitions of 10 time units over 3 regions
    cluster = new TestCluster(dir, 10, 3);
    cluster
        .create("root.sg.d1", false, "s1", TSDataType.INT32)
        .create("root.sg.d1", false, "s2", TSDataType.DOUBLE, "temperature")
        .create("root.sg.d2", true, "s1", TSDataType.INT64)
        .create("root.sg.d2", true, "s2", TSDataType.TEXT)
        .create("root.sg.d3", false, "b", TSDataType.BOOLEAN);
    cluster.insert(
        "root.sg.d1",
        List.of("s1", "s2"),
        row(1, 1, 1.5),
        row(5, 5, null),
        row(12, null, 12.5),
        row(25, 25, 25.5),
        row(31, 31, 31.5));
    cluster.insert(
        "root.sg.d2",
        List.of("s1", "s2"),
        row(5, 50L, "a"),
        row(13, 130L, null),
        row(25, 250L, "c"),
        row(40, null, "d"));
    engine = new QueryEngine(cluster.services(), ROWS);
  }

  @AfterEach
  void tearDown() throws Exception {
    assertEquals(0, cluster.openScans(), "every storage scan is closed");
    cluster.close();
  }

  static Object[] row(Object... values) {
    return values;
  }

  private Results.Table raw(List<String> paths, long start, long end) {
    return Results.read(engine.rawDataQuery(SESSION, paths, start, end), ROWS);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void joinsDevicesAcrossRegionsByTime(boolean flushed) throws Exception {
    if (flushed) {
      cluster.flush();
    }
    assertNotEquals(cluster.regionOf("root.sg.d1", 1), cluster.regionOf("root.sg.d1", 12));
    Results.Table t =
        raw(List.of("root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1", "root.sg.d2.s2"), 0, 100);
    assertEquals(
        List.of("root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1", "root.sg.d2.s2"),
        t.header().columns());
    assertEquals(
        List.of(TSDataType.INT32, TSDataType.DOUBLE, TSDataType.INT64, TSDataType.TEXT),
        t.header().dataTypes());
    assertFalse(t.header().ignoreTimestamp());
    assertEquals(
        List.of(
            "1,1,1.5,null,null",
            "5,5,null,50,a",
            "12,null,12.5,null,null",
            "13,null,null,130,null",
            "25,25,25.5,250,c",
            "31,31,31.5,null,null",
            "40,null,null,null,d"),
        t.rows());
  }

  @Test
  void timeRangeIsHalfOpen() {
    Results.Table t = raw(List.of("root.sg.d1.s1"), 5, 25);
    assertEquals(List.of("5,5"), t.rows());
  }

  @Test
  void wildcardsAndAliases() {
    Results.Table t = raw(List.of("root.sg.d1.*"), 0, 13);
    assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.s2"), t.header().columns());
    Results.Table alias = raw(List.of("root.sg.d1.temperature"), 0, 13);
    assertEquals(List.of("root.sg.d1.temperature"), alias.header().columns());
    assertEquals(List.of("1,1.5", "12,12.5"), alias.rows());
  }

  @Test
  void duplicateColumnsShareABlockColumn() {
    Results.Table t = raw(List.of("root.sg.d1.s1", "root.sg.d1.s1"), 0, 6);
    assertEquals(List.of(0, 0), t.header().blockColumn());
    assertEquals(List.of("1,1,1", "5,5,5"), t.rows());
  }

  @Test
  void emptyResultsHaveNoBlocks() {
    assertEquals(List.of(), raw(List.of("root.sg.d1.s1"), 100, 200).rows());
    assertEquals(List.of(), raw(List.of("root.sg.d3.b"), 0, 200).rows());
    Results.Table none = raw(List.of("root.sg.nothing.s1"), 0, 200);
    assertEquals(List.of(), none.header().columns());
    assertEquals(List.of(), none.rows());
    assertEquals(List.of(), raw(List.of("root.sg.d1.s1"), 10, 10).rows());
  }

  @Test
  void valueFilterOnOneDeviceIsPushedDown() {
    Expr s1 = Expr.Series.of(cluster.series("root.sg.d1.s1"));
    Expr s2 = Expr.Series.of(cluster.series("root.sg.d1.s2"));
    Expr where = new Expr.Binary(Expr.BinaryOp.GT, s1, Expr.Literal.of(4L));
    QuerySpec spec =
        QuerySpec.raw(List.of(OutputColumn.of(s1), OutputColumn.of(s2)), TimeSet.all(), where);
    assertEquals(List.of("5,5,null", "25,25,25.5", "31,31,31.5"), run(spec));
  }

  @Test
  void valueFilterAcrossDevices() {
    Expr d1s1 = Expr.Series.of(cluster.series("root.sg.d1.s1"));
    Expr d2s1 = Expr.Series.of(cluster.series("root.sg.d2.s1"));
    Expr d2s2 = Expr.Series.of(cluster.series("root.sg.d2.s2"));
    // d2.s1 > 100 or d2.s2 = 'a'
    Expr where =
        new Expr.Binary(
            Expr.BinaryOp.OR,
            new Expr.Binary(Expr.BinaryOp.GT, d2s1, Expr.Literal.of(100L)),
            new Expr.Binary(Expr.BinaryOp.EQ, d2s2, Expr.Literal.of("a")));
    QuerySpec spec = QuerySpec.raw(List.of(OutputColumn.of(d1s1)), TimeSet.all(), where);
    assertEquals(List.of("5,5", "13,null", "25,25"), run(spec));
  }

  @Test
  void predicatesOverNulls() {
    Expr s1 = Expr.Series.of(cluster.series("root.sg.d1.s1"));
    Expr s2 = Expr.Series.of(cluster.series("root.sg.d1.s2"));
    QuerySpec isNull =
        QuerySpec.raw(List.of(OutputColumn.of(s1)), TimeSet.all(), new Expr.IsNull(s2, false));
    assertEquals(List.of("5,5"), run(isNull));
    Expr notGt =
        new Expr.Unary(
            Expr.UnaryOp.NOT, new Expr.Binary(Expr.BinaryOp.GT, s2, Expr.Literal.of(20.0)));
    QuerySpec not = QuerySpec.raw(List.of(OutputColumn.of(s2)), TimeSet.all(), notGt);
    assertEquals(List.of("1,1.5", "12,12.5"), run(not));
    Expr in = new Expr.In(s1, List.of(Expr.Literal.of(5L), Expr.Literal.of(31L)), false);
    assertEquals(
        List.of("5,5", "31,31"),
        run(QuerySpec.raw(List.of(OutputColumn.of(s1)), TimeSet.all(), in)));
    Expr between = new Expr.Between(s2, Expr.Literal.of(2.0), Expr.Literal.of(26.0), false);
    assertEquals(
        List.of("12,12.5", "25,25.5"),
        run(QuerySpec.raw(List.of(OutputColumn.of(s2)), TimeSet.all(), between)));
  }

  @Test
  void arithmeticOutputs() {
    Expr s1 = Expr.Series.of(cluster.series("root.sg.d1.s1"));
    Expr s2 = Expr.Series.of(cluster.series("root.sg.d1.s2"));
    Expr sum = new Expr.Binary(Expr.BinaryOp.ADD, s1, s2);
    QuerySpec spec = QuerySpec.raw(List.of(OutputColumn.of(sum)), TimeSet.closed(0, 26), null);
    Results.Table t = Results.read(engine.execute(spec, SESSION), ROWS);
    assertEquals(List.of("root.sg.d1.s1 + root.sg.d1.s2"), t.header().columns());
    assertEquals(List.of("1,2.5", "5,null", "12,null", "25,50.5"), t.rows());
  }

  @Test
  void limitAndOffsetPage() {
    QuerySpec spec =
        QuerySpec.raw(
                List.of(
                    OutputColumn.of(Expr.Series.of(cluster.series("root.sg.d1.s1"))),
                    OutputColumn.of(Expr.Series.of(cluster.series("root.sg.d2.s1")))),
                TimeSet.all(),
                null)
            .withPage(2, 3);
    // rows exist where either series has a value: 1, 5, 13, 25, 31
    assertEquals(List.of("13,null,130", "25,25,250", "31,31,null"), run(spec));
    assertEquals(List.of(), run(spec.withPage(100, 3)));
    assertEquals(List.of("31,31,null"), run(spec.withPage(4, 100)));
    assertEquals(List.of("1,1,null"), run(spec.withPage(0, 1)));
  }

  @Test
  void manyRowsComeInBoundedBlocks() {
    Object[][] rows = new Object[100][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(1000 + i, i, (double) i);
    }
    cluster.insert("root.sg.d1", List.of("s1", "s2"), rows);
    Results.Table t = raw(List.of("root.sg.d1.s1", "root.sg.d2.s1"), 1000, 2000);
    assertEquals(100, t.rows().size());
    assertEquals("1099,99,null", t.rows().get(99));
  }

  @Test
  void closingBeforeTheEndReleasesScans() {
    Object[][] rows = new Object[100][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = row(1000 + i, i, (double) i);
    }
    cluster.insert("root.sg.d1", List.of("s1", "s2"), rows);
    ExecutionResult result =
        engine.rawDataQuery(SESSION, List.of("root.sg.d1.s1", "root.sg.d2.s1"), 0, 2000);
    try (ResultSet open = ((ExecutionResult.Rows) result).rows()) {
      assertNotEquals(null, open.next());
      assertNotEquals(0, cluster.openScans());
    }
    assertEquals(0, cluster.openScans());
  }

  private List<String> run(QuerySpec spec) {
    return Results.read(engine.execute(spec, SESSION), ROWS).rows();
  }
}
