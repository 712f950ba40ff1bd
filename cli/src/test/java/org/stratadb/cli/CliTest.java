package org.stratadb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSSetTimeZoneReq;
import org.stratadb.session.testing.FakeServer;
import org.stratadb.session.testing.Replies;
import org.stratadb.session.testing.TsBlockWriter;

class CliTest {
  private FakeServer server;
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    server = FakeServer.start();
    server.on("executeStatementV2", args -> answer(((TSExecuteStatementReq) args[0]).statement));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static TSExecuteStatementResp answer(String sql) {
    switch (sql) {
      case "select s1 from root.demo":
        return Replies.query(
            1,
            List.of("root.demo.s1"),
            List.of("INT32"),
            false,
            false,
            TsBlockWriter.rows(1, 2, 3).column(TsBlockWriter.INT32, 10, 11, null).build());
      case "select big":
        return Replies.query(
            2,
            List.of("v"),
            List.of("INT64"),
            false,
            false,
            TsBlockWriter.rows(1, 2, 3).column(TsBlockWriter.INT64, 1L, 2L, 3L).build(),
            TsBlockWriter.rows(4, 5).column(TsBlockWriter.INT64, 4L, 5L).build());
      case "show databases":
        return Replies.query(
            3,
            List.of("Database", "TTL"),
            List.of("TEXT", "INT64"),
            true,
            false,
            TsBlockWriter.rows(0, 0)
                .column(TsBlockWriter.TEXT, "root.a", "root.sg")
                .column(TsBlockWriter.INT64, null, 100L)
                .build());
      case "select nothing":
        return Replies.query(4, List.of("x"), List.of("TEXT"), false, false);
      default:
        if (sql.startsWith("selec ")) {
          return new TSExecuteStatementResp(
              FakeServer.status(700, "line 1:0 mismatched input 'selec'"));
        }
        return Replies.done();
    }
  }

  private int run(String stdin, String... args) {
    Cli cli =
        new Cli(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8),
            false);
    return cli.run(args);
  }

  private String[] withPort(String... args) {
    List<String> all = new ArrayList<>(List.of("-p", Integer.toString(server.port())));
    all.addAll(List.of(args));
    return all.toArray(new String[0]);
  }

  private String out() {
    return outBytes
        .toString(StandardCharsets.UTF_8)
        .replaceAll("It costs \\d+\\.\\d{3}s", "It costs 0.000s");
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void batchPrintsTablesLikeIotdb() {
    int code = run("", withPort("-e", "set time_zone=+08:00; select s1 from root.demo"));
    assertEquals(0, code, err());
    assertEquals(
        "Time zone has set to +08:00\n"
            + "+-----------------------------+------------+\n"
            + "|                         Time|root.demo.s1|\n"
            + "+-----------------------------+------------+\n"
            + "|1970-01-01T08:00:00.001+08:00|          10|\n"
            + "|1970-01-01T08:00:00.002+08:00|          11|\n"
            + "|1970-01-01T08:00:00.003+08:00|        null|\n"
            + "+-----------------------------+------------+\n"
            + "Total line number = 3\n"
            + "It costs 0.000s\n",
        out());
    TSSetTimeZoneReq tz = server.only("setTimeZone").arg(0);
    assertEquals("+08:00", tz.timeZone);
    assertEquals(1, server.calls("closeSession").size());
  }

  @Test
  void batchWithoutTimeColumnAndRawTimestamps() {
    assertEquals(0, run("", withPort("-disableISO8601", "-e", "show databases; select big")));
    String out = out();
    assertTrue(
        out.startsWith(
            "+--------+----+\n"
                + "|Database| TTL|\n"
                + "+--------+----+\n"
                + "|  root.a|null|\n"
                + "| root.sg| 100|\n"
                + "+--------+----+\n"
                + "Total line number = 2\n"
                + "It costs 0.000s\n"),
        out);
    assertTrue(out.contains("|   5|5|\n"), out);
    assertTrue(out.contains("Total line number = 5\n"), out);
  }

  @Test
  void batchPrintsEveryPageWithoutAsking() {
    assertEquals(0, run("", withPort("-maxPRC", "2", "-disableISO8601", "-e", "select big")));
    String out = out();
    assertEquals(3, out.split("\\|Time\\|", -1).length - 1, out);
    assertTrue(out.contains("Total line number = 5"), out);
    assertTrue(!out.contains("Press ENTER"), out);
  }

  @Test
  void batchStatusIsOneWhenAnyStatementFails() {
    int code = run("", withPort("-e", "selec t; create database root.x; select nothing"));
    assertEquals(1, code);
    String out = out();
    assertTrue(out.startsWith("Msg: 700: line 1:0 mismatched input 'selec'\n"), out);
    assertTrue(out.contains(CommandProcessor.SUCCESS + "\n"), out);
    assertTrue(out.contains("|Time|x|\n"), out);
    assertTrue(out.contains("Empty set.\nIt costs"), out);
    assertEquals(3, server.calls("executeStatementV2").size());
  }

  @Test
  void unreachableServerExitsWithOneAndAMessageOnStderr() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    assertEquals(1, run("", "-p", Integer.toString(port), "-e", "show databases"));
    assertTrue(err().startsWith("Error: cannot connect to 127.0.0.1:" + port + ": "), err());
    assertTrue(err().contains(". Host is 127.0.0.1, port is " + port + ".\n"), err());
    assertEquals("", out());
  }

  @Test
  void refusedLoginExitsWithOne() {
    server.on(
        "openSession",
        args ->
            new org.stratadb.protocol.client.TSOpenSessionResp(
                FakeServer.status(801, "Authentication failed."),
                org.stratadb.protocol.client.TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3));
    assertEquals(1, run("", withPort("-pw", "wrong", "-e", "show databases")));
    assertTrue(err().startsWith("Error: 801: Authentication failed."), err());
  }

  @Test
  void unknownFlagIsAnError() {
    assertEquals(1, run("", "-bogus"));
    assertTrue(err().contains("Unknown option: '-bogus'"), err());
    assertTrue(server.calls().isEmpty());
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run("", "-help"));
    assertTrue(out().startsWith("Usage: start-cli.sh"), out());
  }

  @Test
  void interactivePagingAndSpecialCommands() {
    String input =
        String.join(
            "\n",
            "set time_zone=+08:00",
            "show time_zone",
            "set time_display_type=long",
            "select big",
            "",
            "q",
            "create database root.sg;",
            "quit",
            "");
    assertEquals(0, run(input, withPort("-maxPRC", "2")));
    String out = out();
    assertTrue(out.contains("Successfully login at 127.0.0.1:" + server.port() + "\n"), out);
    assertTrue(out.contains("version " + FakeServer.VERSION + " (Build: test build)"), out);
    assertTrue(out.contains("IoTDB> Time zone has set to +08:00\n"), out);
    assertTrue(out.contains("Current time zone: +08:00\n"), out);
    String expectedPages =
        "IoTDB> +----+-+\n"
            + "|Time|v|\n"
            + "+----+-+\n"
            + "|   1|1|\n"
            + "|   2|2|\n"
            + "+----+-+\n"
            + "It costs 0.000s\n"
            + "This display 2 rows. Press ENTER to show more, input 'q' to quit.\n"
            + "+----+-+\n"
            + "|Time|v|\n"
            + "+----+-+\n"
            + "|   3|3|\n"
            + "|   4|4|\n"
            + "+----+-+\n"
            + "This display 2 rows. Press ENTER to show more, input 'q' to quit.\n"
            + "IoTDB> "
            + CommandProcessor.SUCCESS
            + "\n"
            + "IoTDB> ";
    assertTrue(out.contains(expectedPages), out);
    assertTrue(!out.contains("Total line number"), out);
    assertEquals(1, server.calls("closeOperation").size(), "quitting paging closes the query");
    TSExecuteStatementReq create = server.calls("executeStatementV2").get(1).arg(0);
    assertEquals("create database root.sg", create.statement);
  }

  @Test
  void interactiveEndOfInputExitsCleanlyAndQuotesContinueLines() {
    assertEquals(0, run("insert into root.a(time,s) values(1,'x\ny')\n", withPort()));
    TSExecuteStatementReq req = server.only("executeStatementV2").arg(0);
    assertEquals("insert into root.a(time,s) values(1,'x\ny')", req.statement);
    assertTrue(out().contains("     > "), out());
  }

  @Test
  void passwordIsAskedWhenTheFlagHasNoValue() {
    assertEquals(0, run("s3cret\n", withPort("-u", "alice", "-pw", "-e", "show databases")));
    TSOpenSessionReq open = server.only("openSession").arg(0);
    assertEquals("alice", open.username);
    assertEquals("s3cret", open.password);
    assertTrue(out().startsWith("please input your password:"), out());
  }
}
