package org.stratadb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatterTest {

  private static String render(List<String> header, List<String[]> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TableFormatter.print(out, header, rows);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void rightAlignedCellsInBorderedColumns() {
    String table =
        render(
            List.of("Time", "root.demo.s1"),
            List.of(
                new String[] {"1970-01-01T08:00:00.001+08:00", "10"},
                new String[] {"1970-01-01T08:00:00.002+08:00", "null"}));
    assertEquals(
        "+-----------------------------+------------+\n"
            + "|                         Time|root.demo.s1|\n"
            + "+-----------------------------+------------+\n"
            + "|1970-01-01T08:00:00.001+08:00|          10|\n"
            + "|1970-01-01T08:00:00.002+08:00|        null|\n"
            + "+-----------------------------+------------+\n",
        table);
  }

  @Test
  void headerOnlyAndWideCharacters() {
    assertEquals("+-+\n|a|\n+-+\n+-+\n", render(List.of("a"), List.of()));
    assertEquals(
        "+----+\n|   x|\n+----+\n|温度|\n+----+\n",
        render(List.of("x"), List.<String[]>of(new String[] {"温度"})));
    assertEquals(4, TableFormatter.displayWidth("温度"));
  }
}
