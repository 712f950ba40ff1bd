package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.testing.TrackedReaders;
import org.stratadb.storage.testing.TsFileContents;
import org.stratadb.storage.tsfile.TsFileResource;

class CompactionRunnerTest {
  private static final ToLongFunction<String> NO_TTL = device -> Long.MIN_VALUE;

  /** Every data type, each with an encoding and compressor other than the defaults. */
  static final List<ColumnSpec> EVERY_TYPE =
      List.of(
          spec("s_boolean", TSDataType.BOOLEAN, TSEncoding.RLE, CompressionType.SNAPPY),
          spec("s_int32", TSDataType.INT32, TSEncoding.RLE, CompressionType.GZIP),
          spec("s_int64", TSDataType.INT64, TSEncoding.TS_2DIFF, CompressionType.UNCOMPRESSED),
          spec("s_float", TSDataType.FLOAT, TSEncoding.GORILLA, CompressionType.LZ4),
          spec("s_double", TSDataType.DOUBLE, TSEncoding.PLAIN, CompressionType.SNAPPY),
          spec("s_text", TSDataType.TEXT, TSEncoding.PLAIN, CompressionType.GZIP),
          spec("s_string", TSDataType.STRING, TSEncoding.PLAIN, CompressionType.UNCOMPRESSED),
          spec("s_blob", TSDataType.BLOB, TSEncoding.PLAIN, CompressionType.SNAPPY),
          spec("s_date", TSDataType.DATE, TSEncoding.TS_2DIFF, CompressionType.GZIP),
          spec("s_timestamp", TSDataType.TIMESTAMP, TSEncoding.GORILLA, CompressionType.LZ4));

  @TempDir Path dir;
  private TrackedReaders readers;
  private Partition partition;

  @BeforeEach
  void setUp() {
    readers = new TrackedReaders(8);
    partition = new Partition(dir);
  }

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  static ColumnSpec spec(String name, TSDataType type, TSEncoding encoding, CompressionType c) {
    return new ColumnSpec(name, type, encoding, c);
  }

  /** {@code count} points of every type on {@code device} from {@code start}. */
  static TestFile everyType(TestFile file, String device, boolean aligned, long start, int count) {
    for (ColumnSpec spec : EVERY_TYPE) {
      file.series(device, aligned, spec, start, 1, count);
    }
    return file;
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void innerMergeKeepsEveryPointTypeEncodingAndCompressor(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", aligned, 0, 100),
        everyType(TestFile.seq(2), "root.sg.d1", aligned, 100, 100),
        everyType(TestFile.seq(3), "root.sg.d2", aligned, 200, 50),
        everyType(TestFile.seq(4), "root.sg.d1", aligned, 300, 10)
            .series("root.sg.d1", aligned, EVERY_TYPE.get(2), 400, 3, 20));
    CompactionPlan plan = partition.plan();
    assertEquals(CompactionKind.INNER, plan.kind());

    TsFileResource target = partition.compact(readers, NO_TTL);

    partition.assertTargetMatchesReads(target, NO_TTL);
    assertEquals(partition.sequenceDir.resolve(plan.target().fileName()), target.path());
    TsFileContents contents = TsFileContents.read(target.path());
    for (String device : List.of("root.sg.d1", "root.sg.d2")) {
      for (ColumnSpec spec : EVERY_TYPE) {
        String series = device + "." + spec.measurement();
        assertEquals(spec.type(), contents.types.get(series));
        assertEquals(spec.encoding() + "/" + spec.compressor(), contents.codecs.get(series));
      }
    }
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void crossMergeLetsUnsequencePointsWinAndAddNewOnes(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", aligned, 0, 100),
        everyType(TestFile.seq(3), "root.sg.d1", aligned, 100, 100),
        everyType(TestFile.unseq(2), "root.sg.d1", aligned, 50, 100),
        everyType(TestFile.unseq(4), "root.sg.d1", aligned, 90, 20)
            .series("root.sg.d1", aligned, EVERY_TYPE.get(1), 1_000, 7, 30),
        everyType(TestFile.unseq(5), "root.sg.d9", aligned, 5, 5));
    assertEquals(CompactionKind.CROSS, partition.plan().kind());

    TsFileResource target = partition.compact(readers, NO_TTL);

    partition.assertTargetMatchesReads(target, NO_TTL);
    assertEquals(new org.stratadb.storage.tsfile.TsFileName(Partition.NOW, 5, 0, 1), target.name());
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void deletedAndExpiredPointsAreDroppedForGood(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", aligned, 0, 100)
            .delete("root.sg.d1.s_int32", 10, 20)
            .delete("root.sg.d1.s_text", 0, 1_000),
        everyType(TestFile.seq(2), "root.sg.d2", aligned, 0, 100).delete("root.sg.d2.**", 0, 49),
        everyType(TestFile.unseq(3), "root.sg.d1", aligned, 40, 40)
            .delete("root.sg.*.s_double", 45, 60),
        everyType(TestFile.unseq(4), "root.sg.gone", aligned, 0, 10)
            .delete("root.sg.gone.**", Long.MIN_VALUE, Long.MAX_VALUE));
    ToLongFunction<String> ttl = device -> device.equals("root.sg.d1") ? 30 : Long.MIN_VALUE;

    TsFileResource target = partition.compact(readers, ttl);

    partition.assertTargetMatchesReads(target, ttl);
    assertFalse(target.contains("root.sg.gone"));
    assertEquals(30, target.startTime("root.sg.d1"));
    // deleted in the sequence file only: what is left comes from the unsequence file
    assertEquals(
        40L, TsFileContents.read(target.path()).points.get("root.sg.d1").get("s_text").firstKey());
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void nothingSurvivingWritesNoFile(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", aligned, 0, 10).delete("root.**", 0, 9),
        everyType(TestFile.unseq(2), "root.sg.d1", aligned, 0, 10));

    assertNull(partition.compact(readers, device -> 100));

    assertFalse(Files.exists(partition.sequenceDir.resolve(partition.plan().target().fileName())));
    assertEquals(1, TestDirs.tsFiles(partition.sequenceDir).size(), "only the source is left");
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void longSeriesAreSplitIntoChunks(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", aligned, 0, 450),
        everyType(TestFile.unseq(2), "root.sg.d1", aligned, 100, 300));

    TsFileResource target =
        partition.compact(new CompactionRunner(100), readers, NO_TTL, RateLimiter.UNLIMITED);

    partition.assertTargetMatchesReads(target, NO_TTL);
    int chunksPerSeries = aligned ? 5 : 5 * EVERY_TYPE.size();
    assertEquals(chunksPerSeries, TsFileContents.read(target.path()).chunks);
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void aSeriesRecreatedWithAnotherTypeKeepsTheNewestType(boolean aligned) throws IOException {
    ColumnSpec asInt = spec("s", TSDataType.INT32, TSEncoding.RLE, CompressionType.LZ4);
    ColumnSpec asText = spec("s", TSDataType.TEXT, TSEncoding.PLAIN, CompressionType.GZIP);
    partition.add(
        TestFile.seq(1).series("root.sg.d1", aligned, asInt, 0, 1, 10),
        TestFile.seq(2).series("root.sg.d1", aligned, asText, 10, 1, 10));

    TsFileResource target = partition.compact(readers, NO_TTL);

    partition.assertTargetMatchesReads(target, NO_TTL);
    assertEquals(10, TsFileContents.read(target.path()).points.get("root.sg.d1").get("s").size());
  }

  @ParameterizedTest(name = "newest aligned={0}")
  @ValueSource(booleans = {false, true})
  void aDeviceRecreatedWithOtherAlignmentTakesTheNewest(boolean aligned) throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", !aligned, 0, 20),
        everyType(TestFile.seq(2), "root.sg.d1", aligned, 20, 20));

    TsFileResource target = partition.compact(readers, NO_TTL);

    partition.assertTargetMatchesReads(target, NO_TTL);
    assertEquals(aligned, target.isAligned("root.sg.d1"));
  }

  @Test
  void everyByteWrittenPassesTheRateLimiter() throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", true, 0, 300),
        everyType(TestFile.unseq(2), "root.sg.d2", false, 0, 300));
    long[] clock = {0};
    long[] slept = {0};
    RateLimiter limiter =
        new RateLimiter(
            1000,
            () -> clock[0],
            nanos -> {
              slept[0] += nanos;
              clock[0] += nanos;
            });

    TsFileResource target = partition.compact(new CompactionRunner(100), readers, NO_TTL, limiter);

    long size = Files.size(target.path());
    // 1,000 bytes of burst, then one millisecond per byte; each wait is rounded up to the
    // nanosecond
    long expected = (size - 1000) * 1_000_000;
    assertTrue(slept[0] >= expected && slept[0] <= expected + 1000, slept[0] + " vs " + expected);
  }

  @Test
  void aFailedRunLeavesNoTargetBehind() throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", false, 0, 300),
        everyType(TestFile.seq(2), "root.sg.d1", false, 300, 300));
    RateLimiter interrupted =
        new RateLimiter(
            10,
            () -> 0,
            nanos -> {
              throw new InterruptedException("stop");
            });
    try {
      assertThrows(
          InterruptedIOException.class,
          () -> partition.compact(new CompactionRunner(), readers, NO_TTL, interrupted));
    } finally {
      assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
    }
    assertEquals(2, TestDirs.tsFiles(partition.sequenceDir).size());
    try (Stream<Path> files = Files.list(partition.sequenceDir)) {
      assertEquals(4, files.count(), "two sources and their resources, nothing else");
    }
  }

  @Test
  void anExistingTargetIsNeverOverwritten() throws IOException {
    partition.add(
        everyType(TestFile.seq(1), "root.sg.d1", false, 0, 10),
        everyType(TestFile.seq(2), "root.sg.d1", false, 10, 10));
    Path target = partition.sequenceDir.resolve(partition.plan().target().fileName());
    Files.writeString(target, "someone else's");

    assertThrows(FileAlreadyExistsException.class, () -> partition.compact(readers, NO_TTL));
    assertEquals("someone else's", Files.readString(target));
  }
}
