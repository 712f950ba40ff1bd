package org.stratadb.it.iotdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.apache.iotdb.rpc.IoTDBConnectionException;
import org.apache.iotdb.rpc.StatementExecutionException;
import org.apache.iotdb.session.Session;
import org.apache.iotdb.tsfile.file.metadata.enums.CompressionType;
import org.apache.iotdb.tsfile.file.metadata.enums.TSDataType;
import org.apache.iotdb.tsfile.file.metadata.enums.TSEncoding;
import org.apache.iotdb.tsfile.write.record.Tablet;
import org.apache.iotdb.tsfile.write.schema.MeasurementSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.stratadb.it.Cluster;
import org.stratadb.it.ProcessHarness;
import org.stratadb.it.ScriptResult;

/**
 * Issue 4's "done when" for errors, seen through the real iotdb-session 1.3.2: a wrong password
 * (801), an unknown statement and malformed SQL (700), a path outside any database while {@code
 * enable_auto_create_schema=false} (500), a value of the wrong data type (507). Each error carries
 * IoTDB's code and a message that says what went wrong, and the session that got it goes on
 * working.
 */
class ErrorCodesIT {
  private static final int WRONG_LOGIN_PASSWORD = 801;
  private static final int SQL_PARSE_ERROR = 700;
  private static final int DATABASE_NOT_EXIST = 500;
  private static final int METADATA_ERROR = 507;

  @RegisterExtension static final ProcessHarness HARNESS = new ProcessHarness();

  private static Cluster cluster;
  private static int port;
  private static Session session;

  @BeforeAll
  static void startWithoutAutoCreatedSchema() throws Exception {
    cluster = HARNESS.startStandalone(home -> home.set("enable_auto_create_schema", "false"));
    port = IotdbClients.rpcPort(cluster);
    session = IotdbClients.openSession(port, "root", "root");
    session.createDatabase("root.err");
    session.createTimeseries(
        "root.err.d1.s_int", TSDataType.INT32, TSEncoding.RLE, CompressionType.SNAPPY);
    session.executeNonQueryStatement("insert into root.err.d1(time, s_int) values (100, 7)");
  }

  @AfterAll
  static void closeTheSession() throws IoTDBConnectionException {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void aWrongPasswordIsRefusedWith801() throws Exception {
    Session wrong = IotdbClients.session(port, "root", "not-the-password");
    IoTDBConnectionException failure = assertThrows(IoTDBConnectionException.class, wrong::open);
    assertTrue(
        failure.getMessage().contains(String.valueOf(WRONG_LOGIN_PASSWORD)),
        () -> "session open: " + failure.getMessage());
    assertMentions(failure.getMessage(), "authentication");

    SQLException jdbcFailure =
        assertThrows(
            SQLException.class, () -> IotdbClients.jdbc(port, "root", "not-the-password").close());
    assertTrue(
        String.valueOf(jdbcFailure.getMessage()).contains(String.valueOf(WRONG_LOGIN_PASSWORD)),
        () -> "jdbc connect: " + jdbcFailure.getMessage());

    Session right = IotdbClients.openSession(port, "root", "root");
    right.close();
    assertTheSessionStillWorks();
  }

  @Test
  void anUnknownStatementIs700() throws Exception {
    assertCode(
        SQL_PARSE_ERROR,
        () -> session.executeNonQueryStatement("frobnicate root.err.d1"),
        "frobnicate");
    assertCode(
        SQL_PARSE_ERROR,
        () -> session.executeQueryStatement("selekt s_int from root.err.d1"),
        "selekt");
    assertTheSessionStillWorks();
  }

  @Test
  void malformedSqlIs700() throws Exception {
    for (String sql :
        List.of(
            "select from root.err.d1",
            "insert into root.err.d1(time, s_int) values (1",
            "create database",
            "select s_int from root.err.d1 where time >")) {
      assertCode(SQL_PARSE_ERROR, () -> session.executeNonQueryStatement(sql), null);
      assertTheSessionStillWorks();
    }
  }

  @Test
  void aPathOutsideAnyDatabaseIs500WhenSchemaIsNotAutoCreated() throws Exception {
    assertCode(
        DATABASE_NOT_EXIST,
        () ->
            session.createTimeseries(
                "root.nodb.d1.s1", TSDataType.INT32, TSEncoding.RLE, CompressionType.SNAPPY),
        "root.nodb");
    assertTheSessionStillWorks();
    assertCode(
        DATABASE_NOT_EXIST,
        () -> session.executeNonQueryStatement("insert into root.nodb.d1(time, s1) values (1, 1)"),
        "database");
    assertTheSessionStillWorks();
    assertCode(
        DATABASE_NOT_EXIST,
        () -> session.insertRecord("root.nodb.d2", 1, List.of("s1"), List.of(TSDataType.INT64), 5L),
        "database");
    assertTheSessionStillWorks();
    Rows databases = Rows.read(session.executeQueryStatement("show databases"));
    assertFalse(
        databases.column("Database").stream()
            .anyMatch(d -> String.valueOf(d).startsWith("root.nodb")),
        () -> "no database may have been created: " + databases);
  }

  @Test
  void aValueOfTheWrongDataTypeIs507() throws Exception {
    assertCode(
        METADATA_ERROR,
        () ->
            session.executeNonQueryStatement(
                "insert into root.err.d1(time, s_int) values (1, 'abc')"),
        "s_int");
    assertTheSessionStillWorks();
    assertCode(
        METADATA_ERROR,
        () ->
            session.insertRecord(
                "root.err.d1", 2, List.of("s_int"), List.of(TSDataType.TEXT), "abc"),
        "s_int");
    assertTheSessionStillWorks();
    assertCode(
        METADATA_ERROR,
        () -> session.insertRecord("root.err.d1", 3, List.of("s_int"), List.of("abc")),
        "s_int");
    assertTheSessionStillWorks();
    Tablet tablet =
        new Tablet("root.err.d1", List.of(new MeasurementSchema("s_int", TSDataType.DOUBLE)), 1);
    tablet.addTimestamp(0, 4);
    tablet.addValue("s_int", 0, 4.5);
    tablet.rowSize = 1;
    assertCode(METADATA_ERROR, () -> session.insertTablet(tablet), "s_int");
    assertTheSessionStillWorks();
  }

  @Test
  void theCliReportsTheCodesAndExitsNonZero() {
    ScriptResult unknown = cluster.sql("frobnicate root.err.d1").assertExit(1);
    assertTrue(unknown.output().contains("700"), () -> "cli: " + unknown);
    ScriptResult wrongType =
        cluster.sql("insert into root.err.d1(time, s_int) values (5, 'abc')").assertExit(1);
    assertTrue(wrongType.output().contains("507"), () -> "cli: " + wrongType);
    ScriptResult wrongPassword =
        cluster
            .dataNodes()
            .get(0)
            .home()
            .cli(
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-u",
                "root",
                "-pw",
                "nope",
                "-e",
                "show databases");
    assertNotEquals(0, wrongPassword.exitCode(), () -> "cli: " + wrongPassword);
    assertTrue(wrongPassword.output().contains("801"), () -> "cli: " + wrongPassword);
  }

  /**
   * Runs {@code action}, which must fail with {@code code}; its message must not be empty and, if
   * {@code mention} is given, must name it.
   */
  private static void assertCode(int code, Executable action, String mention) {
    StatementExecutionException failure = assertThrows(StatementExecutionException.class, action);
    assertEquals(code, failure.getStatusCode(), () -> "status of: " + failure.getMessage());
    String message = failure.getMessage();
    System.out.println("[ErrorCodesIT] " + message);
    assertTrue(
        message != null && message.length() > String.valueOf(code).length() + 2,
        () -> "a clear message, not: " + message);
    if (mention != null) {
      assertMentions(message, mention);
    }
  }

  private static void assertMentions(String message, String word) {
    assertTrue(
        message.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
        () -> "the message should mention " + word + ": " + message);
  }

  /** The session that got the error still runs statements, and no failed write left data. */
  private static void assertTheSessionStillWorks() throws Exception {
    Rows rows = Rows.read(session.executeQueryStatement("select s_int from root.err.d1"));
    assertEquals(List.of(100L), rows.times(), () -> "rows: " + rows);
    assertEquals(List.of(List.<Object>of(7)), rows.cells(), () -> "rows: " + rows);
  }
}
