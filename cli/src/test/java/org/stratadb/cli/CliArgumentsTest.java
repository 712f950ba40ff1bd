package org.stratadb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliArgumentsTest {

  @Test
  void defaults() throws Exception {
    CliArguments a = CliArguments.parse(new String[0]);
    assertEquals("127.0.0.1", a.options.host);
    assertEquals(6667, a.options.port);
    assertEquals("root", a.options.username);
    assertEquals("root", a.options.password);
    assertEquals(1000, a.options.maxPrintRowCount);
    assertFalse(a.options.compact);
    assertFalse(a.options.disableIso8601);
    assertNull(a.execute);
  }

  @Test
  void iotdbStyleFlags() throws Exception {
    CliArguments a =
        CliArguments.parse(
            new String[] {
              "-h", "10.0.0.1", "-p", "6668", "-u", "bob", "-pw", "pw", "-c", "-disableISO8601",
              "-maxPRC", "10", "-timeout", "30", "-usessl", "true", "-ts", "/t.jks", "-tpw", "x"
            });
    assertEquals("10.0.0.1", a.options.host);
    assertEquals(6668, a.options.port);
    assertEquals("bob", a.options.username);
    assertEquals("pw", a.options.password);
    assertTrue(a.options.compact);
    assertTrue(a.options.disableIso8601);
    assertEquals(10, a.options.maxPrintRowCount);
    assertEquals(30, a.options.timeoutSeconds);
    assertTrue(a.options.useSsl);
    assertEquals("/t.jks", a.options.trustStore);
  }

  @Test
  void executeTakesTheRestOfTheLine() throws Exception {
    CliArguments a =
        CliArguments.parse(
            new String[] {"-u", "root", "-e", "select", "*", "from", "root.sg;", "-p"});
    assertEquals("select * from root.sg; -p", a.execute);
    assertEquals(6667, a.options.port);
    assertEquals(
        "show databases", CliArguments.parse(new String[] {"-e", "\"show databases\""}).execute);
    assertNull(CliArguments.parse(new String[] {"-e"}).execute);
  }

  @Test
  void passwordFlagWithoutValueAsks() throws Exception {
    assertEquals(
        CliOptions.ASK_PASSWORD, CliArguments.parse(new String[] {"-pw"}).options.password);
    CliArguments a = CliArguments.parse(new String[] {"-pw", "-u", "x"});
    assertEquals(CliOptions.ASK_PASSWORD, a.options.password);
    assertEquals("x", a.options.username);
  }

  @Test
  void badCommandLinesAreRejected() {
    assertThrows(
        CliArguments.ArgumentException.class, () -> CliArguments.parse(new String[] {"-x"}));
    assertThrows(
        CliArguments.ArgumentException.class, () -> CliArguments.parse(new String[] {"-p", "abc"}));
    assertThrows(
        CliArguments.ArgumentException.class, () -> CliArguments.parse(new String[] {"stray"}));
    assertThrows(
        CliArguments.ArgumentException.class,
        () -> CliArguments.parse(new String[] {"-usessl", "true"}));
    assertThrows(
        CliArguments.ArgumentException.class, () -> CliArguments.parse(new String[] {"-h"}));
  }

  @Test
  void helpFlagAndUsageText() throws Exception {
    assertTrue(CliArguments.parse(new String[] {"-help"}).options.help);
    String usage = CliArguments.usage();
    for (String flag :
        new String[] {"-h", "-p", "-u", "-pw", "-disableISO8601", "-maxPRC", "-c", "-e"}) {
      assertTrue(usage.contains(flag + " ") || usage.contains(flag + "="), flag + " in\n" + usage);
    }
  }
}
