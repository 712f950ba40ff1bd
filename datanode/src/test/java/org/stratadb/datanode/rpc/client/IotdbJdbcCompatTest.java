package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.ResultHeader;

/**
 * The real Apache IoTDB 1.3.2 JDBC driver (what the 1.3 CLI is built on) against our client
 * service, through nothing but {@code java.sql}.
 */
class IotdbJdbcCompatTest {
  private RunningServer server;

  @BeforeEach
  void start() {
    server = new RunningServer();
    server.coordinator.sql = IotdbJdbcCompatTest::answer;
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theCliLoginSequenceWorks() throws Exception {
    try (Connection connection = connect("root")) {
      Object properties = Reflect.call(connection, "getServerProperties");
      Reflect.call(connection, "setTimeZone", "+08:00");

      assertEquals("1.3.2-test", Reflect.call(properties, "getVersion"));
      assertEquals("ms", Reflect.call(properties, "getTimestampPrecision"));
      assertTrue(((String) Reflect.call(properties, "getLogo")).contains("____"));
      assertEquals("+08:00", Reflect.call(connection, "getTimeZone"));
      try (Statement statement = connection.createStatement()) {
        statement.execute("flush");
      }
      assertEquals("+08:00", server.coordinator.sessions.get(0).zoneId().getId());
    }
  }

  @Test
  void showLikeResultsHaveNoTimeColumn() throws Exception {
    try (Connection connection = connect("root");
        Statement statement = connection.createStatement()) {
      assertTrue(statement.execute("show databases"));
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = statement.getResultSet()) {
        ResultSetMetaData meta = rs.getMetaData();
        assertEquals(2, meta.getColumnCount());
        assertEquals("Database", meta.getColumnName(1));
        assertEquals("TTL", meta.getColumnName(2));
        while (rs.next()) {
          rows.add(rs.getString("Database") + "|" + rs.getString(2) + "|" + rs.getLong("TTL"));
        }
      }
      assertEquals(List.of("root.sg1|null|0", "root.sg2|3600000|3600000"), rows);
    }
  }

  @Test
  void selectResultsCarryTimeAndNulls() throws Exception {
    try (Connection connection = connect("root");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select s1, s2 from root.sg.d")) {
      assertEquals(3, rs.getMetaData().getColumnCount());
      assertEquals("Time", rs.getMetaData().getColumnName(1));
      assertEquals("root.sg.d.s1", rs.getMetaData().getColumnName(2));

      assertTrue(rs.next());
      assertEquals(1L, rs.getLong("Time"));
      assertEquals(1.5, rs.getDouble("root.sg.d.s1"));
      assertEquals("a", rs.getString("root.sg.d.s2"));
      assertTrue(rs.next());
      assertEquals(2L, rs.getLong(1));
      rs.getDouble(2);
      assertTrue(rs.wasNull());
      assertEquals("b", rs.getString(3));
      assertFalse(rs.next());
    }
  }

  @Test
  void updatesAndFailuresReportTheirStatus() throws Exception {
    try (Connection connection = connect("root");
        Statement statement = connection.createStatement()) {
      assertFalse(statement.execute("create database root.x"));
      assertEquals(0, statement.executeUpdate("flush"));

      SQLException parse = assertThrows(SQLException.class, () -> statement.execute("selec 1"));
      assertTrue(parse.getMessage().startsWith("700"), parse.getMessage());
      assertTrue(parse.getMessage().contains("no viable alternative"), parse.getMessage());
    }
    assertTrue(server.coordinator.calls.contains("sql create database root.x"));
    assertTrue(server.coordinator.calls.contains("sql flush"));
  }

  @Test
  void batchesReportTheFailingStatement() throws Exception {
    try (Connection connection = connect("root");
        Statement statement = connection.createStatement()) {
      statement.addBatch("create database root.a");
      statement.addBatch("selec 1");
      statement.addBatch("create database root.b");

      BatchUpdateException e = assertThrows(BatchUpdateException.class, statement::executeBatch);

      assertTrue(e.getMessage().contains("no viable alternative"), e.getMessage());
      assertArrayEquals(new int[] {200, 700, 200}, e.getUpdateCounts());
    }
  }

  @Test
  void aWrongPasswordIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> connect("wrong"));

    assertTrue(e.getMessage().contains("Authentication failed."), e.getMessage());
    assertEquals(0, server.sessions.openSessionCount());
  }

  @Test
  void closingStatementsAndConnectionsReleasesEverything() throws Exception {
    List<ListResultSet> opened = new ArrayList<>();
    server.coordinator.sql =
        sql -> {
          ListResultSet rows =
              new ListResultSet(
                  ResultHeader.distinct(List.of("root.sg.d.s"), List.of(TSDataType.INT64), false),
                  List.of(QueryCursorTest.block(0, 3000), QueryCursorTest.block(3000, 3000)));
          opened.add(rows);
          return new ExecutionResult.Rows(rows);
        };
    try (Connection connection = connect("root")) {
      Statement statement = connection.createStatement();
      statement.setFetchSize(1000);
      ResultSet rs = statement.executeQuery("select s from root.sg.d");
      assertTrue(rs.next());
      statement.close();
      assertTrue(opened.get(0).isClosed(), "Statement.close closes its queries");

      Statement other = connection.createStatement();
      other.executeQuery("select s from root.sg.d").next();
    }
    RunningServer.await("the connection's query is released", () -> opened.get(1).isClosed());
    RunningServer.await("the session ends", () -> server.sessions.openSessionCount() == 0);
  }

  private Connection connect(String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "root");
    properties.setProperty("password", password);
    // The driver is asked directly, not through DriverManager, so that the isolated variant of
    // this test gets the driver of its own class loader.
    Driver driver = (Driver) Reflect.construct("org.apache.iotdb.jdbc.IoTDBDriver");
    return driver.connect("jdbc:iotdb://127.0.0.1:" + server.port() + "/", properties);
  }

  private static ExecutionResult answer(String sql) {
    if (sql.startsWith("selec ")) {
      throw new StrataException(StatusCode.SQL_PARSE_ERROR, "line 1:0 no viable alternative");
    }
    if (sql.equals("show databases")) {
      List<TSDataType> types = List.of(TSDataType.TEXT, TSDataType.INT64);
      TsBlock block =
          Blocks.of(
              types,
              new Object[] {0L, "root.sg1", null},
              new Object[] {0L, "root.sg2", 3_600_000L});
      return new ExecutionResult.Rows(
          new ListResultSet(
              ResultHeader.distinct(List.of("Database", "TTL"), types, true), List.of(block)));
    }
    if (sql.startsWith("select")) {
      List<TSDataType> types = List.of(TSDataType.DOUBLE, TSDataType.TEXT);
      TsBlock block = Blocks.of(types, new Object[] {1L, 1.5, "a"}, new Object[] {2L, null, "b"});
      return new ExecutionResult.Rows(
          new ListResultSet(
              ResultHeader.distinct(List.of("root.sg.d.s1", "root.sg.d.s2"), types, false),
              List.of(block)));
    }
    return ExecutionResult.done();
  }
}
