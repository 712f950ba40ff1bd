package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestTablets;
import org.stratadb.storage.testing.TrackedReaders;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Random partitions (sequence and unsequence files, aligned and non-aligned devices of every type,
 * deletions, TTL, a series re-created with another type) compacted and compared with a brute-force
 * model of what a read returned. Replay a failure with {@code -Dcompaction.seed=N}.
 */
class CompactionRandomizedTest {
  private static final int ROUNDS = 25;
  private static final long WINDOW = 200;
  private static final List<String> DEVICES =
      List.of("root.sg.d1", "root.sg.d2", "root.sg.a.b.c", "root.sg.`x.y`");
  private static final ColumnSpec VAR_INT =
      new ColumnSpec("s_var", TSDataType.INT32, TSEncoding.RLE, CompressionType.LZ4);
  private static final ColumnSpec VAR_TEXT =
      new ColumnSpec("s_var", TSDataType.TEXT, TSEncoding.PLAIN, CompressionType.SNAPPY);

  @TempDir Path dir;

  @Test
  void compactionNeverChangesWhatAReadReturns() throws IOException {
    Random random = new Random(Seeds.seed("compaction.seed"));
    for (int round = 0; round < ROUNDS; round++) {
      runRound(random, dir.resolve("round" + round));
    }
  }

  private void runRound(Random random, Path root) throws IOException {
    TrackedReaders readers = new TrackedReaders(8);
    Partition partition = new Partition(root);
    int seqFiles = random.nextInt(5);
    int unseqFiles = seqFiles < 2 ? 1 + random.nextInt(3) : random.nextInt(3);
    Map<String, Boolean> aligned = new HashMap<>();
    for (String device : DEVICES) {
      aligned.put(device, random.nextBoolean());
    }
    long version = 1;
    for (int i = 0; i < seqFiles; i++) {
      TestFile file = TestFile.seq(version++);
      fill(random, file, aligned, i * WINDOW, WINDOW);
      partition.add(file);
    }
    for (int i = 0; i < unseqFiles; i++) {
      // unsequence files are flushed between the sequence ones: their versions interleave
      TestFile file = TestFile.unseq(random.nextInt(3) == 0 ? version++ : 100 + i);
      fill(random, file, aligned, 0, (seqFiles + 1) * WINDOW);
      partition.add(file);
    }
    ToLongFunction<String> ttl = ttl(random);
    CompactionRunner runner = new CompactionRunner(5 + random.nextInt(200));

    TsFileResource target = partition.compact(runner, readers, ttl, RateLimiter.UNLIMITED);

    if (target == null) {
      assertTrue(ReadModel.visible(partition.files, ttl).isEmpty(), "points were lost");
    } else {
      partition.assertTargetMatchesReads(target, ttl);
    }
    readers.assertNoLeaks();
  }

  /** Random points of random devices and series in {@code [start, start + span)}, deletions. */
  private static void fill(
      Random random, TestFile file, Map<String, Boolean> aligned, long start, long span) {
    for (String device : DEVICES) {
      if (random.nextInt(4) == 0) {
        continue;
      }
      boolean isAligned = random.nextInt(10) == 0 ? !aligned.get(device) : aligned.get(device);
      for (ColumnSpec spec : CompactionRunnerTest.EVERY_TYPE) {
        if (random.nextInt(3) != 0) {
          addPoints(random, file, device, isAligned, spec, start, span);
        }
      }
      if (random.nextInt(4) == 0) {
        ColumnSpec var = random.nextBoolean() ? VAR_INT : VAR_TEXT;
        addPoints(random, file, device, isAligned, var, start, span);
      }
      aligned.put(device, isAligned); // a later file keeps the last alignment, as the schema does
    }
    int deletions = random.nextInt(3);
    for (int i = 0; i < deletions; i++) {
      String device = DEVICES.get(random.nextInt(DEVICES.size()));
      String pattern =
          switch (random.nextInt(4)) {
            case 0 -> device + ".**";
            case 1 -> "root.sg.*.s_int64";
            case 2 -> "root.**";
            default -> device + ".s_text";
          };
      long from = start + random.nextInt((int) span);
      file.delete(pattern, from, from + random.nextInt(60));
    }
  }

  private static void addPoints(
      Random random,
      TestFile file,
      String device,
      boolean aligned,
      ColumnSpec spec,
      long start,
      long span) {
    int count = random.nextInt(80);
    for (int p = 0; p < count; p++) {
      long time = start + random.nextInt((int) span);
      file.put(device, aligned, spec, time, TestTablets.value(spec.type(), random.nextLong()));
    }
  }

  private static ToLongFunction<String> ttl(Random random) {
    Map<String, Long> bounds = new HashMap<>();
    for (String device : DEVICES) {
      bounds.put(device, random.nextInt(3) == 0 ? random.nextInt(300) : Long.MIN_VALUE);
    }
    return bounds::get;
  }

  @Test
  void anEmptyModelMeansNoTarget() throws IOException {
    TrackedReaders readers = new TrackedReaders(8);
    Partition partition = new Partition(dir);
    partition.add(
        TestFile.unseq(1)
            .series("root.sg.d1", true, VAR_INT, 0, 1, 5)
            .delete("root.sg.d1.s_var", 0, 4));
    assertNull(partition.compact(readers, d -> Long.MIN_VALUE));
    readers.assertNoLeaks();
  }
}
