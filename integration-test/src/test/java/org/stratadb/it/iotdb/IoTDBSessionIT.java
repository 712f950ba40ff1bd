package org.stratadb.it.iotdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iotdb.common.rpc.thrift.TAggregationType;
import org.apache.iotdb.rpc.IoTDBConnectionException;
import org.apache.iotdb.rpc.StatementExecutionException;
import org.apache.iotdb.session.Session;
import org.apache.iotdb.tsfile.file.metadata.enums.CompressionType;
import org.apache.iotdb.tsfile.file.metadata.enums.TSDataType;
import org.apache.iotdb.tsfile.file.metadata.enums.TSEncoding;
import org.apache.iotdb.tsfile.write.record.Tablet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratadb.it.Cluster;
import org.stratadb.it.ProcessHarness;

/**
 * Issue 4's "done when" for the real client: Apache IoTDB's own {@code iotdb-session} 1.3.2 against
 * a 1C1D started with {@code start-standalone.sh}. It creates timeseries in the three ways the
 * session offers, writes with {@code insertTablet} (null cells in bit maps), {@code
 * insertAlignedTablet}, {@code insertTablets}, typed {@code insertRecords} and string {@code
 * insertRecords}, and reads every value back exactly with {@code executeQueryStatement}, {@code
 * executeRawDataQuery}, {@code executeLastDataQuery} and {@code executeAggregationQuery}. The big
 * tablet has more rows than the session's fetch size, so results come in several {@code
 * fetchResultsV2} pages. The same node then answers {@code SELECT} and {@code SHOW} statements
 * through the real {@code iotdb-jdbc} 1.3.2 driver and {@code java.sql}.
 */
class IoTDBSessionIT {
  /** More rows than the session's default fetch size (5000): two pages at least. */
  private static final int TABLET_ROWS = 6_000;

  @RegisterExtension static final ProcessHarness HARNESS = new ProcessHarness();

  private static final SixTypes TAB = new SixTypes("root.sess.tab", 1_000, TABLET_ROWS);
  private static Session session;
  private static int port;
  private static boolean tabWritten;

  @BeforeAll
  static void startStandaloneAndOpenASession() throws Exception {
    Cluster cluster = HARNESS.startStandalone();
    port = IotdbClients.rpcPort(cluster);
    session = IotdbClients.openSession(port, "root", "root");
    session.createDatabase("root.sess");
  }

  @AfterAll
  static void closeTheSession() throws IoTDBConnectionException {
    if (session != null) {
      session.close();
    }
  }

  /** Writes {@link #TAB} with one insertTablet, once for the class. */
  static synchronized void writeTab() throws Exception {
    if (!tabWritten) {
      session.insertTablet(TAB.tablet());
      tabWritten = true;
    }
  }

  @Test
  void createsTimeseriesInTheThreeWaysAndShowsThem() throws Exception {
    session.createTimeseries(
        "root.sess.c.s1", TSDataType.INT32, TSEncoding.RLE, CompressionType.SNAPPY);
    session.createAlignedTimeseries(
        "root.sess.ca",
        List.of("x", "y"),
        List.of(TSDataType.INT64, TSDataType.TEXT),
        List.of(TSEncoding.TS_2DIFF, TSEncoding.PLAIN),
        List.of(CompressionType.SNAPPY, CompressionType.LZ4),
        null);
    session.createMultiTimeseries(
        List.of("root.sess.cm.b", "root.sess.cm.f", "root.sess.cm.d"),
        List.of(TSDataType.BOOLEAN, TSDataType.FLOAT, TSDataType.DOUBLE),
        List.of(TSEncoding.PLAIN, TSEncoding.GORILLA, TSEncoding.GORILLA),
        List.of(CompressionType.SNAPPY, CompressionType.SNAPPY, CompressionType.UNCOMPRESSED),
        null,
        null,
        null,
        null);

    Rows series = query("show timeseries root.sess.c*.**");
    assertTrue(
        series
            .columns()
            .containsAll(
                List.of("Timeseries", "Alias", "Database", "DataType", "Encoding", "Compression")),
        () -> "show timeseries columns: " + series.columns());
    Map<String, String> described = new HashMap<>();
    List<Object> names = series.column("Timeseries");
    for (int i = 0; i < series.size(); i++) {
      described.put(
          (String) names.get(i),
          series.column("Database").get(i)
              + " "
              + series.column("DataType").get(i)
              + " "
              + series.column("Encoding").get(i)
              + " "
              + series.column("Compression").get(i));
    }
    assertEquals(
        Map.of(
            "root.sess.c.s1", "root.sess INT32 RLE SNAPPY",
            "root.sess.ca.x", "root.sess INT64 TS_2DIFF SNAPPY",
            "root.sess.ca.y", "root.sess TEXT PLAIN LZ4",
            "root.sess.cm.b", "root.sess BOOLEAN PLAIN SNAPPY",
            "root.sess.cm.f", "root.sess FLOAT GORILLA SNAPPY",
            "root.sess.cm.d", "root.sess DOUBLE GORILLA UNCOMPRESSED"),
        described,
        () -> "show timeseries: " + series);

    Rows devices = query("show devices root.sess.c*");
    Map<Object, Object> aligned = new HashMap<>();
    for (int i = 0; i < devices.size(); i++) {
      aligned.put(devices.column("Device").get(i), devices.column("IsAligned").get(i));
    }
    assertEquals(
        Map.of("root.sess.c", "false", "root.sess.ca", "true", "root.sess.cm", "false"),
        aligned,
        () -> "show devices: " + devices);
  }

  @Test
  void insertTabletWithNullsReadsBackExactlyOverSeveralPages() throws Exception {
    writeTab();
    Rows all = query("select i32, i64, f, d, b, t from root.sess.tab");
    assertSameAs(TAB, all);

    // Only rows where i32 has a value: a row whose selected cells are all null is not a row.
    Rows i32 = query("select i32 from root.sess.tab");
    Rows.assertSameValues(TAB.present("i32"), i32.column(TAB.path("i32")), "select i32");
  }

  @Test
  void executeRawDataQueryReadsATimeRangeExactly() throws Exception {
    writeTab();
    List<String> paths = SixTypes.MEASUREMENTS.stream().map(TAB::path).toList();
    // [start, end): rows 100 .. 5199, still more than one page
    Rows range = Rows.read(session.executeRawDataQuery(paths, TAB.time(100), TAB.time(5200)));
    Rows.assertSameValues(TAB.times().subList(100, 5200), range.times(), "raw times");
    for (String m : SixTypes.MEASUREMENTS) {
      Rows.assertSameValues(
          TAB.column(m).subList(100, 5200), range.column(TAB.path(m)), "raw " + m);
    }

    Rows text = Rows.read(session.executeRawDataQuery(List.of(TAB.path("t")), 0, Long.MAX_VALUE));
    Rows.assertSameValues(TAB.present("t"), text.column(TAB.path("t")), "raw t");
    assertEquals("TEXT", text.type(TAB.path("t")));
  }

  @Test
  void insertAlignedTabletReadsBackExactly() throws Exception {
    SixTypes aligned = new SixTypes("root.sess.al", 50_000, 1_200);
    session.insertAlignedTablet(aligned.tablet());
    assertSameAs(aligned, query("select i32, i64, f, d, b, t from root.sess.al"));
    Rows devices = query("show devices root.sess.al");
    assertEquals(List.of("true"), devices.column("IsAligned"), () -> "show devices: " + devices);
  }

  @Test
  void insertTabletsWritesEveryDevice() throws Exception {
    SixTypes m1 = new SixTypes("root.sess.m1", 0, 300);
    SixTypes m2 = new SixTypes("root.sess.m2", 250, 400);
    Map<String, Tablet> tablets = new LinkedHashMap<>();
    tablets.put(m1.device(), m1.tablet());
    tablets.put(m2.device(), m2.tablet());
    session.insertTablets(tablets);
    assertSameAs(m1, query("select i32, i64, f, d, b, t from root.sess.m1"));
    assertSameAs(m2, query("select i32, i64, f, d, b, t from root.sess.m2"));
  }

  @Test
  void typedInsertRecordsReadBackExactly() throws Exception {
    List<String> devices = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<List<TSDataType>> types = new ArrayList<>();
    List<List<Object>> values = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean first = i % 2 == 0;
      devices.add(first ? "root.sess.r1" : "root.sess.r2");
      times.add(10L * i);
      measurements.add(first ? List.of("n", "t") : List.of("d", "b", "l"));
      types.add(
          first
              ? List.of(TSDataType.INT32, TSDataType.TEXT)
              : List.of(TSDataType.DOUBLE, TSDataType.BOOLEAN, TSDataType.INT64));
      values.add(
          first
              ? List.<Object>of(i - 100, "text " + i)
              : List.<Object>of(i * 0.5, i % 4 == 1, (long) i << 33));
    }
    session.insertRecords(devices, times, measurements, types, values);

    Rows r1 = query("select n, t from root.sess.r1");
    Rows r2 = query("select d, b, l from root.sess.r2");
    assertEquals(100, r1.size(), () -> "r1: " + r1);
    assertEquals(100, r2.size(), () -> "r2: " + r2);
    for (int k = 0; k < 100; k++) {
      int even = 2 * k;
      int odd = 2 * k + 1;
      assertEquals(10L * even, r1.times().get(k));
      assertEquals(List.<Object>of(even - 100, "text " + even), r1.cells().get(k));
      assertEquals(10L * odd, r2.times().get(k));
      assertEquals(List.<Object>of(odd * 0.5, odd % 4 == 1, (long) odd << 33), r2.cells().get(k));
    }
    assertEquals("INT32", r1.type("root.sess.r1.n"));
    assertEquals("INT64", r2.type("root.sess.r2.l"));
  }

  @Test
  void stringInsertRecordsAreConvertedToTheSeriesTypes() throws Exception {
    session.createMultiTimeseries(
        List.of("root.sess.sr.i", "root.sess.sr.d", "root.sess.sr.b", "root.sess.sr.t"),
        List.of(TSDataType.INT64, TSDataType.DOUBLE, TSDataType.BOOLEAN, TSDataType.TEXT),
        List.of(TSEncoding.PLAIN, TSEncoding.PLAIN, TSEncoding.PLAIN, TSEncoding.PLAIN),
        Collections.nCopies(4, CompressionType.SNAPPY),
        null,
        null,
        null,
        null);
    List<String> devices = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    List<List<String>> measurements = new ArrayList<>();
    List<List<String>> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      devices.add("root.sess.sr");
      times.add(100L + i);
      measurements.add(List.of("i", "d", "b", "t"));
      values.add(
          List.of(String.valueOf(i * 1000L), i + ".25", String.valueOf(i % 2 == 0), "s" + i));
    }
    session.insertRecords(devices, times, measurements, values);

    Rows rows = query("select i, d, b, t from root.sess.sr");
    assertEquals(times, rows.times());
    for (int i = 0; i < 50; i++) {
      assertEquals(List.<Object>of(i * 1000L, i + 0.25, i % 2 == 0, "s" + i), rows.cells().get(i));
    }
  }

  @Test
  void executeLastDataQueryGivesEachSeriesLastValue() throws Exception {
    writeTab();
    List<String> measurements = List.of("i32", "f", "d", "b", "t");
    Rows last =
        Rows.read(session.executeLastDataQuery(measurements.stream().map(TAB::path).toList()));
    assertEquals(List.of("Timeseries", "Value", "DataType"), last.columns());
    Map<Object, List<Object>> byPath = new HashMap<>();
    for (int i = 0; i < last.size(); i++) {
      List<Object> row = last.cells().get(i);
      byPath.put(row.get(0), List.of(last.times().get(i), row.get(1), row.get(2)));
    }
    Map<Object, List<Object>> expected = new HashMap<>();
    for (String m : measurements) {
      int row = TAB.lastPresentRow(m);
      expected.put(
          TAB.path(m),
          List.of(
              TAB.time(row),
              String.valueOf(SixTypes.value(m, row)),
              SixTypes.TYPES.get(SixTypes.MEASUREMENTS.indexOf(m)).name()));
    }
    assertEquals(expected, byPath, () -> "last: " + last);

    // Only values at or after lastTime.
    Rows none =
        Rows.read(session.executeLastDataQuery(List.of(TAB.path("i64")), TAB.time(TABLET_ROWS)));
    assertEquals(0, none.size(), () -> "last after the end: " + none);
  }

  @Test
  void executeAggregationQueryComputesExactly() throws Exception {
    writeTab();
    List<String> paths =
        List.of(
            TAB.path("i32"),
            TAB.path("i32"),
            TAB.path("i32"),
            TAB.path("i32"),
            TAB.path("i32"),
            TAB.path("d"),
            TAB.path("f"),
            TAB.path("t"),
            TAB.path("i64"),
            TAB.path("i64"));
    List<TAggregationType> aggregations =
        List.of(
            TAggregationType.COUNT,
            TAggregationType.SUM,
            TAggregationType.AVG,
            TAggregationType.MAX_VALUE,
            TAggregationType.MIN_VALUE,
            TAggregationType.SUM,
            TAggregationType.MAX_VALUE,
            TAggregationType.COUNT,
            TAggregationType.MIN_TIME,
            TAggregationType.LAST_VALUE);
    Rows result = Rows.read(session.executeAggregationQuery(paths, aggregations));
    assertEquals(1, result.size(), () -> "aggregation: " + result);

    List<Integer> i32 = TAB.present("i32").stream().map(v -> (Integer) v).toList();
    double sumI32 = i32.stream().mapToDouble(v -> v).sum();
    double sumD = TAB.present("d").stream().mapToDouble(v -> (Double) v).sum();
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("count(root.sess.tab.i32)", (long) i32.size());
    expected.put("sum(root.sess.tab.i32)", sumI32);
    expected.put("avg(root.sess.tab.i32)", sumI32 / i32.size());
    expected.put("max_value(root.sess.tab.i32)", Collections.max(i32));
    expected.put("min_value(root.sess.tab.i32)", Collections.min(i32));
    expected.put("sum(root.sess.tab.d)", sumD);
    expected.put(
        "max_value(root.sess.tab.f)",
        TAB.present("f").stream().map(v -> (Float) v).max(Float::compare).orElseThrow());
    expected.put("count(root.sess.tab.t)", (long) TAB.present("t").size());
    expected.put("min_time(root.sess.tab.i64)", TAB.time(0));
    expected.put("last_value(root.sess.tab.i64)", SixTypes.value("i64", TABLET_ROWS - 1));
    Map<String, Object> actual = new LinkedHashMap<>();
    for (int c = 0; c < result.columns().size(); c++) {
      actual.put(result.columns().get(c), result.cells().get(0).get(c));
    }
    assertEquals(expected, actual);
  }

  @Test
  void executeAggregationQueryOverATimeRangeAndInWindows() throws Exception {
    writeTab();
    List<String> paths = List.of(TAB.path("i64"), TAB.path("d"));
    List<TAggregationType> aggregations = List.of(TAggregationType.COUNT, TAggregationType.SUM);
    // [start, end): rows 1000 .. 2999
    Rows range =
        Rows.read(
            session.executeAggregationQuery(paths, aggregations, TAB.time(1000), TAB.time(3000)));
    double sum = 0;
    for (int i = 1000; i < 3000; i++) {
      sum += (Double) SixTypes.value("d", i);
    }
    assertEquals(List.of(List.<Object>of(2000L, sum)), range.cells(), () -> "range: " + range);

    // windows of 1000 over rows 0 .. 5999: six windows, each counting 1000 rows
    Rows windows =
        Rows.read(
            session.executeAggregationQuery(
                paths, aggregations, TAB.time(0), TAB.time(TABLET_ROWS), 1000));
    List<Long> starts = new ArrayList<>();
    List<List<Object>> expected = new ArrayList<>();
    for (int w = 0; w < TABLET_ROWS / 1000; w++) {
      starts.add(TAB.time(w * 1000));
      double windowSum = 0;
      for (int i = w * 1000; i < (w + 1) * 1000; i++) {
        windowSum += (Double) SixTypes.value("d", i);
      }
      expected.add(List.<Object>of(1000L, windowSum));
    }
    assertEquals(starts, windows.times(), () -> "windows: " + windows);
    assertEquals(expected, windows.cells(), () -> "windows: " + windows);
  }

  @Test
  void jdbcRunsSelectStatements() throws Exception {
    writeTab();
    try (Connection connection = IotdbClients.jdbc(port, "root", "root");
        Statement statement = connection.createStatement()) {
      try (ResultSet rs =
          statement.executeQuery("select i32, t, d from root.sess.tab where time < 1020")) {
        ResultSetMetaData meta = rs.getMetaData();
        assertEquals(
            List.of("Time", "root.sess.tab.i32", "root.sess.tab.t", "root.sess.tab.d"),
            IotdbClients.columns(meta));
        assertEquals(
            List.of("INT32", "TEXT", "DOUBLE"),
            List.of(
                meta.getColumnTypeName(2), meta.getColumnTypeName(3), meta.getColumnTypeName(4)));
        int row = 0;
        while (rs.next()) {
          assertEquals(TAB.time(row), rs.getLong(1), "time of row " + row);
          int i32 = rs.getInt(2);
          assertEquals(SixTypes.value("i32", row), rs.wasNull() ? null : i32, "i32 of row " + row);
          assertEquals(SixTypes.value("t", row), rs.getString(3), "t of row " + row);
          assertEquals(SixTypes.value("d", row), rs.getDouble(4), "d of row " + row);
          row++;
        }
        assertEquals(20, row);
      }
      try (ResultSet rs = statement.executeQuery("select count(i32) from root.sess.tab")) {
        assertEquals(List.of("count(root.sess.tab.i32)"), IotdbClients.columns(rs.getMetaData()));
        assertTrue(rs.next());
        assertEquals(TAB.present("i32").size(), rs.getLong(1));
      }
    }
  }

  @Test
  void jdbcRunsShowStatements() throws Exception {
    writeTab();
    try (Connection connection = IotdbClients.jdbc(port, "root", "root");
        Statement statement = connection.createStatement()) {
      List<Map<String, String>> series;
      try (ResultSet rs = statement.executeQuery("show timeseries root.sess.tab.**")) {
        assertTrue(
            IotdbClients.columns(rs.getMetaData())
                .containsAll(List.of("Timeseries", "Database", "DataType", "Encoding")),
            "show timeseries columns");
        series = IotdbClients.strings(rs);
      }
      Map<String, String> types = new HashMap<>();
      series.forEach(
          r -> types.put(r.get("Timeseries"), r.get("DataType") + "@" + r.get("Database")));
      Map<String, String> expected = new HashMap<>();
      for (int c = 0; c < SixTypes.MEASUREMENTS.size(); c++) {
        expected.put(
            TAB.path(SixTypes.MEASUREMENTS.get(c)), SixTypes.TYPES.get(c).name() + "@root.sess");
      }
      assertEquals(expected, types, () -> "show timeseries: " + series);

      try (ResultSet rs = statement.executeQuery("show databases")) {
        assertEquals("Database", IotdbClients.columns(rs.getMetaData()).get(0));
        List<String> databases =
            IotdbClients.strings(rs).stream().map(r -> r.get("Database")).toList();
        assertTrue(databases.contains("root.sess"), () -> "show databases: " + databases);
      }

      try (ResultSet rs = statement.executeQuery("show cluster")) {
        assertTrue(
            IotdbClients.columns(rs.getMetaData())
                .containsAll(List.of("NodeID", "NodeType", "Status", "InternalAddress")),
            "show cluster columns");
        List<Map<String, String>> nodes = IotdbClients.strings(rs);
        assertEquals(
            List.of("ConfigNode:Running", "DataNode:Running"),
            nodes.stream().map(r -> r.get("NodeType") + ":" + r.get("Status")).sorted().toList(),
            () -> "show cluster: " + nodes);
      }
    }
  }

  private static Rows query(String sql)
      throws StatementExecutionException, IoTDBConnectionException {
    return Rows.read(session.executeQueryStatement(sql));
  }

  /** {@code rows} holds exactly the rows of {@code data}, all six columns, in time order. */
  private static void assertSameAs(SixTypes data, Rows rows) {
    Rows.assertSameValues(data.times(), rows.times(), data + ": times");
    for (String m : SixTypes.MEASUREMENTS) {
      Rows.assertSameValues(data.column(m), rows.column(data.path(m)), data + ": column " + m);
      String type = SixTypes.TYPES.get(SixTypes.MEASUREMENTS.indexOf(m)).name();
      assertEquals(type, rows.type(data.path(m)), () -> data + ": type of " + m);
    }
  }
}
