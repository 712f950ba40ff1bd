package org.stratadb.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.cluster.TimestampPrecision;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.sql.ParseOptions;
import org.stratadb.query.sql.SqlParser;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.testing.Results;
import org.stratadb.query.testing.TestCluster;

/** Queries as SQL text: parsed, analyzed, planned and run over real regions. */
class SqlQueryTest {
  static final ParseOptions OPTIONS = new ParseOptions(ZoneId.of("UTC"), TimestampPrecision.MS);
  static final int ROWS = 5;

  @TempDir Path dir;
  TestCluster cluster;
  QueryEngine engine;

  @BeforeEach
  void setUp() {
    cluster = new TestCluster(dir, 10, 3);
    cluster
        .create("root.sg.d1", false, "s1", TSDataType.INT32)
        .create("root.sg.d1", false, "s2", TSDataType.FLOAT, "speed")
        .create("root.sg.d2", true, "s1", TSDataType.INT64)
        .create("root.sg.d2", true, "s3", TSDataType.TEXT);
    cluster.insert(
        "root.sg.d1",
        List.of("s1", "s2"),
        new Object[] {1, 10, 1.1f},
        new Object[] {2, 20, null},
        new Object[] {11, null, 3.3f},
        new Object[] {21, 40, 4.4f});
    cluster.insert(
        "root.sg.d2",
        List.of("s1", "s3"),
        new Object[] {2, 200L, "ab"},
        new Object[] {12, 120L, "abc"},
        new Object[] {30, null, "xyz"});
    engine = new QueryEngine(cluster.services(), ROWS);
  }

  @AfterEach
  void tearDown() throws Exception {
    assertEquals(0, cluster.openScans(), "every storage scan is closed");
    cluster.close();
  }

  private Results.Table sql(String text) {
    Select select = (Select) new SqlParser().parse(text, OPTIONS);
    return Results.read(engine.execute(select, RawQueryTest.SESSION), ROWS);
  }

  private StatusCode failure(String text) {
    return assertThrows(StrataException.class, () -> sql(text)).statusCode();
  }

  @Test
  void selectStarFromSeveralDevices() {
    Results.Table t = sql("select * from root.sg.*");
    assertEquals(
        List.of("root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1", "root.sg.d2.s3"),
        t.header().columns());
    assertEquals(
        List.of(
            "1,10,1.1,null,null",
            "2,20,null,200,ab",
            "11,null,3.3,null,null",
            "12,null,null,120,abc",
            "21,40,4.4,null,null",
            "30,null,null,null,xyz"),
        t.rows());
  }

  @Test
  void suffixPathsAliasesAndExpressions() {
    Results.Table t = sql("select s1, speed, s1 * 2 as doubled from root.sg.d1 where time < 15");
    assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.speed", "doubled"), t.header().columns());
    assertEquals(List.of("1,10,1.1,20.0", "2,20,null,40.0", "11,null,3.3,null"), t.rows());
    Results.Table e = sql("select s1 + 1 from root.sg.d1 where s1 >= 20");
    assertEquals(List.of("root.sg.d1.s1 + 1"), e.header().columns());
    assertEquals(List.of("2,21.0", "21,41.0"), e.rows());
  }

  @Test
  void whereWithTimeAndValues() {
    assertEquals(
        List.of("2,20", "21,40"),
        sql("select s1 from root.sg.d1 where s1 > 15 and time > 1").rows());
    assertEquals(
        List.of("1,10", "21,40"),
        sql("select s1 from root.sg.d1 where time in (1, 21) or time > 100").rows());
    assertEquals(
        List.of("2,ab", "12,abc"), sql("select s3 from root.sg.d2 where s3 like 'ab%'").rows());
    assertEquals(List.of("1,1.1"), sql("select s2 from root.sg.d1 where s2 = 1.1").rows());
    assertEquals(
        List.of("2,20,200"),
        sql("select d1.s1, d2.s1 from root.sg where d1.s1 is not null and d2.s1 > 100").rows());
    assertEquals(List.of(), sql("select s1 from root.sg.d1 where nosuch > 1").rows());
  }

  @Test
  void limitOffsetAndSeriesPaging() {
    assertEquals(
        List.of("2,20", "21,40"), sql("select s1 from root.sg.d1 limit 2 offset 1").rows());
    Results.Table t = sql("select * from root.sg.* slimit 1 soffset 2");
    assertEquals(List.of("root.sg.d2.s1"), t.header().columns());
  }

  @Test
  void aggregationsAndGroupBy() {
    Results.Table t = sql("select count(*), avg(s1) from root.sg.d1");
    assertTrue(t.header().ignoreTimestamp());
    assertEquals(
        List.of("count(root.sg.d1.s1)", "count(root.sg.d1.s2)", "avg(root.sg.d1.s1)"),
        t.header().columns());
    assertEquals(List.of("0,3,3,23.333333333333332"), t.rows());
    Results.Table g =
        sql("select COUNT(s1), max_value(s1) from root.sg.* group by ([0, 30), 10ms)");
    assertEquals(
        List.of(
            "count(root.sg.d1.s1)",
            "count(root.sg.d2.s1)",
            "max_value(root.sg.d1.s1)",
            "max_value(root.sg.d2.s1)"),
        g.header().columns());
    assertEquals(List.of("0,2,1,20,200", "10,0,1,null,120", "20,1,0,40,null"), g.rows());
    Results.Table f =
        sql("select count(s1) from root.sg.d1 where s1 > 10 group by ([0, 30), 10ms)");
    assertEquals(List.of("0,1", "10,0", "20,1"), f.rows());
  }

  @Test
  void selectLast() {
    Results.Table t = sql("select last * from root.sg.**");
    assertEquals(
        List.of(
            "21,root.sg.d1.s1,40,INT32",
            "21,root.sg.d1.s2,4.4,FLOAT",
            "12,root.sg.d2.s1,120,INT64",
            "30,root.sg.d2.s3,xyz,TEXT"),
        t.rows());
    assertEquals(
        List.of("30,root.sg.d2.s3,xyz,TEXT"),
        sql("select last s1, s3 from root.sg.d2 where time > 20").rows());
  }

  @Test
  void orderByTimeDesc() {
    assertEquals(
        List.of("21,40", "2,20"),
        sql("select s1 from root.sg.d1 where s1 > 10 order by time desc").rows());
    assertEquals(
        List.of("30,null,xyz", "21,40,null"),
        sql("select d1.s1, d2.s3 from root.sg order by time desc limit 2").rows());
    assertEquals(
        List.of("20,1", "10,0", "0,2"),
        sql("select count(s1) from root.sg.d1 group by ([0, 30), 10ms) order by time desc").rows());
  }

  @Test
  void leftOpenWindowsAreLabelledByTheirEnd() {
    // (0, 10], (10, 20], (20, 30]: d1.s1 has 10 at 1, 20 at 2, 40 at 21
    assertEquals(
        List.of("10,2", "20,0", "30,1"),
        sql("select count(s1) from root.sg.d1 group by ((0, 30], 10ms)").rows());
  }

  @Test
  void lastOrderedByTimeseriesDescending() {
    assertEquals(
        List.of("30,root.sg.d2.s3,xyz,TEXT", "12,root.sg.d2.s1,120,INT64"),
        sql("select last * from root.sg.d2 order by timeseries desc").rows());
  }

  @Test
  void errors() {
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select nosuch(s1) from root.sg.d1"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select sum(s3) from root.sg.d2"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select s1, count(s1) from root.sg.d1"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select s1 from root.sg.d1 where s1 + 1"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select s3 from root.sg.d2 where s3 > 1"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select s1 as x from root.sg.*"));
    assertEquals(
        StatusCode.SEMANTIC_ERROR, failure("select last s1 from root.sg.d1 where time < 5"));
    assertEquals(StatusCode.SEMANTIC_ERROR, failure("select last s1 from root.sg.d1 where s1 > 5"));
    assertEquals(
        StatusCode.UNSUPPORTED_OPERATION, failure("select s1 from root.sg.d1 align by device"));
  }
}
