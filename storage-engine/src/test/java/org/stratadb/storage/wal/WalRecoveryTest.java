package org.stratadb.storage.wal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.testing.Seeds;

/** Damaged segments: what a crash, a bad disk or a stray write leaves behind. */
@ExtendWith(WalLeakCheck.class)
class WalRecoveryTest {
  @TempDir Path root;

  @Test
  void aTornLastRecordIsCutOffAtEveryByteOffset() throws Exception {
    Path pristine = root.resolve("pristine");
    int total = writeLog(pristine, 2, 4);
    Path last = SegmentNames.path(pristine, 1);
    long size = Files.size(last);
    long lastStart = size - WalFrame.HEADER_BYTES - WalLogTest.record(107).remaining();
    for (long cut = lastStart; cut < size; cut++) {
      Path dir = copy(pristine, root.resolve("cut" + cut));
      truncate(SegmentNames.path(dir, 1), cut);
      ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> {});
      assertEquals(total - 1, stats.records(), "cut at " + cut);
      assertEquals(cut - lastStart, stats.truncatedBytes(), "cut at " + cut);
      assertEquals(cut == lastStart ? 0 : 1, stats.truncatedSegments(), "cut at " + cut);
      assertEquals(lastStart, Files.size(SegmentNames.path(dir, 1)), "repaired length");
      assertWritableAfterRepair(dir, total - 1);
    }
  }

  @Test
  void garbageAndZerosAfterTheLastRecordAreCutOff() throws Exception {
    long seed = Seeds.seed("wal.seed");
    Random random = new Random(seed);
    Path pristine = root.resolve("pristine");
    int total = writeLog(pristine, 1, 5);
    long size = Files.size(SegmentNames.path(pristine, 0));
    byte[][] tails = {
      new byte[1], new byte[9], new byte[4096], randomBytes(random, 3), randomBytes(random, 500)
    };
    for (int i = 0; i < tails.length; i++) {
      Path dir = copy(pristine, root.resolve("tail" + i));
      Files.write(SegmentNames.path(dir, 0), tails[i], StandardOpenOption.APPEND);
      ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> {});
      assertEquals(new ReplayStats(1, total, 1, tails[i].length, 0), stats, "tail " + i);
      assertEquals(size, Files.size(SegmentNames.path(dir, 0)));
      assertTrue(WalReplayer.replay(dir, (segment, entry) -> {}).clean(), "second replay is clean");
      assertWritableAfterRepair(dir, total);
    }
  }

  @Test
  void aTornTailFollowedOnlyByEmptySegmentsIsStillRepaired() throws Exception {
    Path dir = root.resolve("wal");
    int total = writeLog(dir, 1, 3);
    Path segment = SegmentNames.path(dir, 0);
    long size = Files.size(segment);
    truncate(segment, size - 5);
    // Opening before replaying leaves an empty segment after the torn one.
    WalLog.open(dir, WalMode.SYNC, 0).close();
    ReplayStats stats = WalReplayer.replay(dir, (id, entry) -> {});
    long frame = WalFrame.HEADER_BYTES + WalLogTest.record(100).remaining();
    assertEquals(new ReplayStats(2, total - 1, 1, frame - 5, 0), stats);
    assertEquals(size - frame, Files.size(segment));
  }

  @Test
  void aBadCrcInAnEarlierSegmentStopsOnlyThatSegment() throws Exception {
    Path dir = root.resolve("wal");
    writeLog(dir, 3, 5);
    Path first = SegmentNames.path(dir, 0);
    long thirdRecord = 2L * (WalFrame.HEADER_BYTES + WalLogTest.record(100).remaining());
    flipByte(first, thirdRecord + WalFrame.HEADER_BYTES + 3);
    byte[] damaged = Files.readAllBytes(first);
    List<Long> segments = new ArrayList<>();
    ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> segments.add(segment));
    assertEquals(new ReplayStats(3, 12, 0, 0, 1), stats);
    assertEquals(List.of(0L, 0L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L, 2L), segments);
    assertArrayEquals(damaged, Files.readAllBytes(first), "earlier segments are not modified");
  }

  @Test
  void aBadCrcInTheLastSegmentCutsItThere() throws Exception {
    Path dir = root.resolve("wal");
    writeLog(dir, 2, 5);
    Path last = SegmentNames.path(dir, 1);
    long frame = WalFrame.HEADER_BYTES + WalLogTest.record(100).remaining();
    flipByte(last, frame + 6);
    ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> {});
    assertEquals(new ReplayStats(2, 6, 1, 4 * frame, 0), stats);
    assertEquals(frame, Files.size(last));
  }

  @Test
  void anIntactFrameThatDoesNotDecodeIsCountedAndKept() throws Exception {
    Path dir = root.resolve("wal");
    int total = writeLog(dir, 1, 2);
    ByteBuffer bogus = ByteBuffer.wrap(new byte[] {99, 1, 2});
    byte[] header = WalFrame.header(bogus);
    Path segment = SegmentNames.path(dir, 0);
    Files.write(segment, header, StandardOpenOption.APPEND);
    Files.write(segment, bogus.array(), StandardOpenOption.APPEND);
    long size = Files.size(segment);
    ReplayStats stats = WalReplayer.replay(dir, (id, entry) -> {});
    assertEquals(new ReplayStats(1, total, 0, 0, 1), stats);
    assertEquals(size, Files.size(segment));
  }

  @Test
  void emptyAndMissingDirectoriesReplayNothing() throws Exception {
    assertEquals(
        new ReplayStats(0, 0, 0, 0, 0), WalReplayer.replay(root.resolve("none"), (s, e) -> {}));
    Path dir = root.resolve("empty");
    WalLog.open(dir, WalMode.SYNC, 0).close();
    assertEquals(new ReplayStats(1, 0, 0, 0, 0), WalReplayer.replay(dir, (s, e) -> {}));
  }

  @Test
  void aFailingVisitorStopsTheReplay() throws Exception {
    Path dir = root.resolve("wal");
    writeLog(dir, 1, 3);
    assertThrows(
        IOException.class,
        () ->
            WalReplayer.replay(
                dir,
                (segment, entry) -> {
                  throw new IOException("memtable full");
                }));
    assertEquals(3, WalReplayer.replay(dir, (s, e) -> {}).records());
  }

  /**
   * Writes {@code segments} segments of {@code perSegment} same-sized records; returns the count.
   */
  private static int writeLog(Path dir, int segments, int perSegment) throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      for (int s = 0; s < segments; s++) {
        if (s > 0) {
          log.roll();
        }
        for (int r = 0; r < perSegment; r++) {
          log.append(WalLogTest.record(100 + r));
        }
      }
    }
    return segments * perSegment;
  }

  /** After repair a new log can be opened, written and replayed with nothing lost or damaged. */
  private static void assertWritableAfterRepair(Path dir, int recordsBefore) throws Exception {
    try (WalLog log = WalLog.open(dir, WalMode.SYNC, 0)) {
      log.awaitDurable(log.append(WalLogTest.record(1)));
    }
    ReplayStats stats = WalReplayer.replay(dir, (segment, entry) -> {});
    assertTrue(stats.clean(), stats.toString());
    assertEquals(recordsBefore + 1, stats.records());
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (long id : SegmentNames.list(from)) {
      Files.copy(SegmentNames.path(from, id), SegmentNames.path(to, id));
    }
    return to;
  }

  private static void truncate(Path file, long length) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(length);
    }
  }

  private static void flipByte(Path file, long offset) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1).order(ByteOrder.LITTLE_ENDIAN);
      channel.read(one, offset);
      one.put(0, (byte) (one.get(0) ^ 0x40)).rewind();
      channel.write(one, offset);
    }
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    if (bytes[0] == WalFrame.VERSION) {
      bytes[0] = 7;
    }
    return bytes;
  }
}
