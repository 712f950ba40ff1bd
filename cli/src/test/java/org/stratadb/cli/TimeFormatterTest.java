package org.stratadb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeFormatterTest {
  private static final ZoneId PLUS8 = ZoneId.of("+08:00");
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void isoWithMillisecondsAndOffset() {
    TimeFormatter f = TimeFormatter.of("default", "ms");
    assertEquals("1970-01-01T08:00:00.001+08:00", f.format(1, PLUS8));
    assertEquals("2024-01-01T00:00:00.000+08:00", f.format(1704038400000L, PLUS8));
    assertEquals("1970-01-01T00:00:00.000Z", f.format(0, UTC));
    assertEquals("1969-12-31T23:59:59.999Z", f.format(-1, UTC));
    assertEquals("1969-12-31T23:59:59.000Z", f.format(-1000, UTC));
  }

  @Test
  void finerPrecisionsPrintMoreDigits() {
    assertEquals(
        "1970-01-01T00:00:01.000002Z", TimeFormatter.of("ISO8601", "us").format(1_000_002, UTC));
    assertEquals(
        "1970-01-01T00:00:00.000000005Z", TimeFormatter.of("iso8601", "ns").format(5, UTC));
  }

  @Test
  void longAndPatterns() {
    assertEquals("1704038400000", TimeFormatter.of("long", "ms").format(1704038400000L, PLUS8));
    assertEquals("-5", TimeFormatter.of("number", "ms").format(-5, PLUS8));
    assertEquals(
        "2024-01-01 00:00:00",
        TimeFormatter.of("yyyy-MM-dd HH:mm:ss", "ms").format(1704038400000L, PLUS8));
    assertEquals(
        "yyyy-MM-dd HH:mm:ss", TimeFormatter.of("yyyy-MM-dd HH:mm:ss", "ms").displayType());
    assertEquals("default", TimeFormatter.of("DEFAULT", "ms").displayType());
    assertThrows(IllegalArgumentException.class, () -> TimeFormatter.of("{{bad", "ms"));
  }
}
