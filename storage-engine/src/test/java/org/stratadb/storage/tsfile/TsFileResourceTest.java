package org.stratadb.storage.tsfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32C;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.testing.TestTablets;

class TsFileResourceTest {
  @TempDir Path dir;

  private TsFileResource sample() {
    return TsFileResource.builder(dir.resolve("1700000000000-12-0-1.tsfile"), false, -4)
        .device("root.sg.d1", -50, 100, false)
        .device("root.sg.aligned", 7, 7, true)
        .device("root.sg.\u6e29\u5ea6.`a.b`", Long.MIN_VALUE, Long.MAX_VALUE, false)
        .build();
  }

  @Test
  void savesAndLoadsBack() throws IOException {
    TsFileResource resource = sample();
    resource.save();
    assertEquals(dir.resolve("1700000000000-12-0-1.tsfile.resource"), resource.resourcePath());
    TsFileResource loaded = TsFileResource.load(resource.path());
    assertEquals(resource, loaded);
    assertFalse(loaded.sequence());
    assertEquals(-4, loaded.timePartition());
    assertEquals(new TsFileName(1700000000000L, 12, 0, 1), loaded.name());
    assertTrue(loaded.isAligned("root.sg.aligned"));
    assertEquals(
        List.of("root.sg.aligned", "root.sg.d1", "root.sg.\u6e29\u5ea6.`a.b`"),
        List.copyOf(loaded.devices()));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(resource.resourcePath()), files.toList(), "no temp file left");
    }
  }

  @Test
  void saveReplacesAnOlderResource() throws IOException {
    Path tsFile = dir.resolve("1-1-0-0.tsfile");
    TsFileResource.builder(tsFile, true, 0).device("root.sg.old", 1, 2, false).build().save();
    TsFileResource newer =
        TsFileResource.builder(tsFile, true, 0).device("root.sg.new", 3, 4, true).build();
    newer.save();
    assertEquals(newer, TsFileResource.load(tsFile));
  }

  @Test
  void answersWhichDevicesAndTimesItMayContain() {
    TsFileResource resource = sample();
    assertTrue(resource.mayContain("root.sg.d1", new TimeRange(100, 200)));
    assertTrue(resource.mayContain("root.sg.d1", new TimeRange(-60, -50)));
    assertFalse(resource.mayContain("root.sg.d1", new TimeRange(101, 200)));
    assertFalse(resource.mayContain("root.sg.d2", TimeRange.ALL));
    assertEquals(-50, resource.startTime("root.sg.d1"));
    assertEquals(100, resource.endTime("root.sg.d1"));
    assertEquals(Long.MAX_VALUE, resource.startTime("root.sg.d2"));
    assertEquals(Long.MIN_VALUE, resource.endTime("root.sg.d2"));
    assertFalse(resource.isAligned("root.sg.d2"));
  }

  @Test
  void builderMergesRangesOfARepeatedDevice() {
    TsFileResource resource =
        TsFileResource.builder(dir.resolve("1-1-0-0.tsfile"), true, 0)
            .device("root.sg.d", 10, 20, true)
            .device("root.sg.d", 5, 15, true)
            .build();
    assertEquals(5, resource.startTime("root.sg.d"));
    assertEquals(20, resource.endTime("root.sg.d"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            TsFileResource.builder(dir.resolve("1-1-0-0.tsfile"), true, 0)
                .device("d", 2, 1, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> TsFileResource.builder(dir.resolve("x.tsfile"), true, 0));
  }

  @Test
  void everyFlippedBitOrTruncationIsDetected() {
    TsFileResource resource = sample();
    byte[] good = ResourceCodec.encode(resource);
    for (int i = 0; i < good.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] bad = good.clone();
        bad[i] ^= (byte) (1 << bit);
        assertCorrupt(resource.path(), bad);
      }
    }
    for (int length = 0; length < good.length; length++) {
      assertCorrupt(resource.path(), Arrays.copyOf(good, length));
    }
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertCorrupt(resource.path(), longer);
  }

  @Test
  void namesAnUnknownVersionEvenWithAValidChecksum() throws IOException {
    TsFileResource resource = sample();
    resource.save();
    byte[] bytes = Files.readAllBytes(resource.resourcePath());
    bytes[ResourceCodec.MAGIC.length] = 2;
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    Files.write(resource.resourcePath(), bytes);
    CorruptResourceException e =
        assertThrows(CorruptResourceException.class, () -> TsFileResource.load(resource.path()));
    assertTrue(e.getMessage().contains("unknown format version 2"), e.getMessage());
    assertTrue(e.getMessage().contains(resource.resourcePath().toString()), e.getMessage());
  }

  @Test
  void aMissingResourceIsNotCorrupt() {
    assertThrows(
        NoSuchFileException.class, () -> TsFileResource.load(dir.resolve("1-1-0-0.tsfile")));
  }

  @Test
  void rebuildsFromACompleteTsFileAndRefusesAnIncompleteOne() throws IOException {
    MemTable table = new MemTable();
    ColumnSpec spec = ColumnSpec.of("s", TSDataType.INT64);
    table.insert(TestTablets.of("root.sg.d1", false, spec).row(5, 1L).row(-3, 2L).build(), null, 2);
    table.insert(TestTablets.of("root.sg.d2", true, spec).row(8, 1L).row(9, 2L).build(), null, 2);
    Path tsFile = dir.resolve("1-2-0-0.tsfile");
    TsFileResource flushed = MemTableFlusher.flush(table, tsFile, false, 9);
    TsFileResource rebuilt = TsFileResource.rebuild(tsFile, false, 9);
    assertEquals(flushed, rebuilt);
    assertEquals(Set.of("root.sg.d1", "root.sg.d2"), rebuilt.devices());
    assertEquals(-3, rebuilt.startTime("root.sg.d1"));
    assertTrue(rebuilt.isAligned("root.sg.d2"));

    Path partial = dir.resolve("1-3-0-0.tsfile");
    byte[] bytes = Files.readAllBytes(tsFile);
    Files.write(partial, Arrays.copyOf(bytes, bytes.length - 10));
    assertThrows(IOException.class, () -> TsFileResource.rebuild(partial, false, 9));
  }

  @Test
  void loadReportsACorruptFile() throws IOException {
    TsFileResource resource = sample();
    resource.save();
    byte[] bytes = Files.readAllBytes(resource.resourcePath());
    bytes[bytes.length / 2] ^= 1;
    Files.write(resource.resourcePath(), bytes);
    CorruptResourceException e =
        assertThrows(CorruptResourceException.class, () -> TsFileResource.load(resource.path()));
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
  }

  /** Decodes in memory: writing a file per damaged variant would make the test slow. */
  private static void assertCorrupt(Path tsFile, byte[] bytes) {
    assertThrows(
        CorruptResourceException.class,
        () -> ResourceCodec.decode(tsFile, TsFileResource.resourcePathOf(tsFile), bytes),
        () -> "accepted " + Arrays.toString(bytes));
  }
}
