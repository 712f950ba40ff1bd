package org.stratadb.storage.wal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.api.WalException;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestTablets;

@ExtendWith(WalLeakCheck.class)
class WalLogTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = WalMode.class,
      names = {"SYNC", "ASYNC"})
  void replaysEveryRecordAcrossRollsInOrder(WalMode mode) throws Exception {
    Random random = new Random(Seeds.seed("wal.seed"));
    List<WalEntry> written = new ArrayList<>();
    List<Long> segmentOf = new ArrayList<>();
    long lastTicket = 0;
    try (WalLog log = WalLog.open(dir, mode, 50)) {
      for (int i = 0; i < 60; i++) {
        if (i % 20 == 19) {
          log.roll();
        }
        WalEntry entry = entry(random, i);
        long ticket = log.append(WalCodec.encode(entry));
        assertTrue(ticket > lastTicket, "tickets grow across segments");
        lastTicket = ticket;
        log.awaitDurable(ticket);
        written.add(entry);
        segmentOf.add(log.currentSegmentId());
      }
      assertEquals(List.of(0L, 1L, 2L, 3L), log.segmentIds());
    }
    List<WalEntry> replayed = new ArrayList<>();
    List<Long> replayedSegments = new ArrayList<>();
    ReplayStats stats =
        WalReplayer.replay(
            dir,
            (segment, entry) -> {
              replayed.add(entry);
              replayedSegments.add(segment);
            });
    assertEquals(new ReplayStats(4, 60, 0, 0, 0), stats);
    assertEquals(segmentOf, replayedSegments);
    for (int i = 0; i < written.size(); i++) {
      WalEntries.assertEntriesEqual(written.get(i), replayed.get(i));
    }
  }

  @Test
  void opensAfterTheHighestSegmentAndLeavesOldOnesAlone() throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      log.append(record(1));
      assertEquals(1, log.roll());
      log.append(record(2));
    }
    byte[] before = Files.readAllBytes(SegmentNames.path(dir, 1));
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      assertEquals(2, log.currentSegmentId());
      assertEquals(List.of(0L, 1L, 2L), log.segmentIds());
      log.append(record(3));
    }
    assertArrayEquals(before, Files.readAllBytes(SegmentNames.path(dir, 1)));
    assertEquals(3, WalReplayer.replay(dir, (segment, entry) -> {}).records());
  }

  @Test
  void deletesClosedSegmentsBeforeAnIdButNeverTheCurrentOne() throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.ASYNC, 1000)) {
      for (int i = 0; i < 4; i++) {
        log.append(record(i));
        log.roll();
      }
      log.append(record(9));
      assertEquals(List.of(0L, 1L, 2L, 3L, 4L), log.segmentIds());
      assertEquals(bytesOnDisk(), log.sizeInBytes());
      log.deleteSegmentsBefore(2);
      assertEquals(List.of(2L, 3L, 4L), log.segmentIds());
      assertEquals(List.of(2L, 3L, 4L), SegmentNames.list(dir));
      assertEquals(bytesOnDisk(), log.sizeInBytes());
      log.deleteSegmentsBefore(Long.MAX_VALUE);
      assertEquals(List.of(4L), log.segmentIds());
      assertEquals(List.of(4L), SegmentNames.list(dir));
      assertEquals(bytesOnDisk(), log.sizeInBytes());
      log.append(record(10));
    }
    assertEquals(2, WalReplayer.replay(dir, (segment, entry) -> {}).records());
  }

  @Test
  void disabledLogWritesNothing() throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.DISABLE, 0)) {
      assertEquals(0, log.append(record(1)));
      log.awaitDurable(0);
      log.roll();
      assertEquals(0, log.append(record(2)));
      assertEquals(List.of(), log.segmentIds());
      assertEquals(0, log.sizeInBytes());
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void appendedRecordIsInTheFileBeforeAnyForce() throws Exception {
    ByteBuffer record = record(42);
    int length = record.remaining();
    try (WalLog log = WalLog.open(dir, WalMode.ASYNC, 3_600_000)) {
      log.append(record);
      assertEquals(length, record.remaining(), "append must not consume the caller's buffer");
      assertEquals(0, log.forceCount());
      byte[] file = Files.readAllBytes(SegmentNames.path(dir, 0));
      assertEquals(WalFrame.HEADER_BYTES + length, file.length);
      List<WalEntry> seen = new ArrayList<>();
      WalReplayer.replay(dir, (segment, entry) -> seen.add(entry));
      assertEquals(1, seen.size());
    }
  }

  @Test
  void recordsLargerThanTheReadWindowReplay() throws Exception {
    byte[] big = new byte[3 << 20];
    new Random(1).nextBytes(big);
    Tablet tablet =
        new Tablet(
            "root.sg.big",
            false,
            new ColumnSpec[] {ColumnSpec.of("blob", TSDataType.BLOB)},
            new long[] {1},
            new Object[] {new Binary[] {new Binary(big)}},
            null,
            1);
    WalEntry entry = new WalEntry.WriteEntry(List.of(tablet));
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      log.append(record(1));
      log.awaitDurable(log.append(WalCodec.encode(entry)));
      log.append(record(2));
    }
    List<WalEntry> seen = new ArrayList<>();
    assertTrue(WalReplayer.replay(dir, (segment, e) -> seen.add(e)).clean());
    assertEquals(3, seen.size());
    WalEntries.assertEntriesEqual(entry, seen.get(1));
  }

  @Test
  void directBufferRecordsAreWrittenToo() throws Exception {
    ByteBuffer heap = record(7);
    ByteBuffer direct = ByteBuffer.allocateDirect(heap.remaining()).put(heap.duplicate()).flip();
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      log.awaitDurable(log.append(direct));
    }
    assertEquals(1, WalReplayer.replay(dir, (segment, entry) -> {}).records());
  }

  @Test
  void aFailedWriteFailsTheLogForGood() throws Exception {
    FaultyFiles files = new FaultyFiles();
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0, files)) {
      log.awaitDurable(log.append(record(1)));
      files.failWrites = true;
      assertThrows(WalException.class, () -> log.append(record(2)));
      files.failWrites = false;
      assertThrows(WalException.class, () -> log.append(record(3)));
      assertThrows(WalException.class, log::roll);
    }
    ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> {});
    assertEquals(1, stats.records());
    assertEquals(1, stats.truncatedSegments());
  }

  @Test
  void aFailedForceFailsWaitersAndLaterAppends() throws Exception {
    FaultyFiles files = new FaultyFiles();
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0, files)) {
      log.awaitDurable(log.append(record(1)));
      files.failSyncs = true;
      long ticket = log.append(record(2));
      assertThrows(WalException.class, () -> log.awaitDurable(ticket));
      assertThrows(WalException.class, () -> log.append(record(3)));
    }
  }

  @Test
  void appendAfterCloseIsRefused() throws Exception {
    WalLog log = WalLog.open(dir, WalMode.ASYNC, 10);
    log.close();
    log.close();
    assertThrows(WalException.class, () -> log.append(record(1)));
  }

  @Test
  void rejectsAnAsyncLogWithoutDelay() {
    assertThrows(IllegalArgumentException.class, () -> WalLog.open(dir, WalMode.ASYNC, 0));
  }

  static ByteBuffer record(int i) {
    return WalCodec.encode(
        new WalEntry.DeleteEntry(new Deletion("root.sg.d" + i + ".s", new TimeRange(i, i + 10))));
  }

  private static WalEntry entry(Random random, int i) {
    if (i % 7 == 3) {
      return new WalEntry.DeleteEntry(new Deletion("root.sg.**", new TimeRange(0, i)));
    }
    return new WalEntry.WriteEntry(
        List.of(
            TestTablets.random(
                random, "root.sg.d" + i, i % 2 == 0, TestTablets.TYPES, 10 + i, 0.2)));
  }

  private long bytesOnDisk() throws IOException {
    long total = 0;
    for (long id : SegmentNames.list(dir)) {
      total += Files.size(SegmentNames.path(dir, id));
    }
    return total;
  }
}
