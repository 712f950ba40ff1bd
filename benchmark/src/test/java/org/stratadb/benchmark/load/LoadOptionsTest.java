package org.stratadb.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTest {

  @Test
  void defaultsAreTheReportedRun() {
    LoadOptions o = LoadOptions.parse();
    assertEquals("127.0.0.1", o.host());
    assertEquals(6667, o.port());
    assertFalse(o.start());
    assertEquals(10, o.threads());
    assertEquals(10, o.devices());
    assertEquals(10, o.sensors());
    assertEquals(List.of(100, 1000), o.rowsPerCall());
    assertEquals(30.0, o.seconds());
    assertEquals(1000, o.stepMillis());
    assertNull(o.dist());
    assertFalse(o.alloc());
  }

  @Test
  void parsesEveryKindOfValue() {
    LoadOptions o =
        LoadOptions.parse(
            "start=true",
            "port=16667",
            "rows=10, 2_000",
            "seconds=2.5",
            "maxPoints=1_000_000",
            "dist=/opt/x",
            "alloc=yes",
            "threads=4",
            "devices=8");
    assertTrue(o.start());
    assertEquals(16667, o.port());
    assertEquals(List.of(10, 2000), o.rowsPerCall());
    assertEquals(2.5, o.seconds());
    assertEquals(1_000_000L, o.maxPoints());
    assertEquals(Path.of("/opt/x"), o.dist());
    assertTrue(o.alloc());
  }

  @Test
  void rejectsUnknownKeysAndBadValues() {
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("rowz=100"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("start"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("threads=x"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("rows=100,a"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("start=maybe"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("rows=0"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("seconds=0"));
    assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse("reps=-1"));
    assertThrows(
        IllegalArgumentException.class, () -> LoadOptions.parse("threads=10", "devices=5"));
  }

  @Test
  void everyDeviceHasExactlyOneWriter() {
    LoadOptions o = LoadOptions.parse("threads=3", "devices=7");
    assertEquals(List.of(0, 3, 6), o.devicesOf(0));
    assertEquals(List.of(1, 4), o.devicesOf(1));
    assertEquals(List.of(2, 5), o.devicesOf(2));
    assertEquals("root.bench.d_6", LoadOptions.device(6));
    assertEquals("s_9", LoadOptions.sensor(9));
  }
}
