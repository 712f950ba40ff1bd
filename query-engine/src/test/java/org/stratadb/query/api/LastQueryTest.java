package org.stratadb.query.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.query.testing.Results;
import org.stratadb.query.testing.TestCluster;

class LastQueryTest {
  @TempDir Path dir;
  TestCluster cluster;
  QueryEngine engine;

  @BeforeEach
  void setUp() {
    cluster = new TestCluster(dir, 10, 3);
    cluster
        .create("root.sg.d1", false, "s1", TSDataType.INT32)
        .create("root.sg.d1", false, "s2", TSDataType.FLOAT)
        .create("root.sg.d2", true, "b", TSDataType.BOOLEAN)
        .create("root.sg.d2", true, "t", TSDataType.TEXT)
        .create("root.sg.d3", false, "empty", TSDataType.INT64);
    cluster.insert(
        "root.sg.d1",
        List.of("s1", "s2"),
        new Object[] {1, 1, 1.5f},
        new Object[] {15, 15, null},
        new Object[] {27, null, 2.5f});
    cluster.insert(
        "root.sg.d2",
        List.of("b", "t"),
        new Object[] {3, true, "old"},
        new Object[] {8, false, null});
    engine = new QueryEngine(cluster.services(), 2);
  }

  @AfterEach
  void tearDown() throws Exception {
    assertEquals(0, cluster.openScans(), "every storage scan is closed");
    cluster.close();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void newestPointOfEachSeriesAcrossRegions(boolean flushed) throws Exception {
    if (flushed) {
      cluster.flush();
    }
    Results.Table t =
        Results.read(
            engine.lastQuery(RawQueryTest.SESSION, List.of("root.sg.d2.*", "root.sg.**"), 0), 2);
    assertEquals(List.of("Timeseries", "Value", "DataType"), t.header().columns());
    assertFalse(t.header().ignoreTimestamp());
    assertEquals(
        List.of(
            "15,root.sg.d1.s1,15,INT32",
            "27,root.sg.d1.s2,2.5,FLOAT",
            "8,root.sg.d2.b,false,BOOLEAN",
            "3,root.sg.d2.t,old,TEXT"),
        t.rows());
  }

  @ParameterizedTest
  @ValueSource(longs = {9, 16, 100})
  void minTimeDropsOlderPoints(long minTime) {
    Results.Table t =
        Results.read(engine.lastQuery(RawQueryTest.SESSION, List.of("root.sg.**"), minTime), 2);
    List<String> expected =
        minTime == 9
            ? List.of("15,root.sg.d1.s1,15,INT32", "27,root.sg.d1.s2,2.5,FLOAT")
            : minTime == 16 ? List.of("27,root.sg.d1.s2,2.5,FLOAT") : List.of();
    assertEquals(expected, t.rows());
  }
}
