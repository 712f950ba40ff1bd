package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.stratadb.storage.testing.TrackedReaders;
import org.stratadb.storage.testing.TsFileContents;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * One time partition of a test region: source files written into a sequence and an unsequence
 * directory (as two data dirs would hold them), planned and compacted like the region does.
 */
final class Partition {
  static final long PARTITION = 7;
  static final long NOW = 1_718_000_000_000L;

  final Path sequenceDir;
  final Path unsequenceDir;
  final List<TestFile> files = new ArrayList<>();
  final List<TsFileResource> sequence = new ArrayList<>();
  final List<TsFileResource> unsequence = new ArrayList<>();

  Partition(Path root) {
    this.sequenceDir = root.resolve("data1/sequence/root.sg/1/" + PARTITION);
    this.unsequenceDir = root.resolve("data2/unsequence/root.sg/1/" + PARTITION);
  }

  Partition add(TestFile... added) throws IOException {
    for (TestFile file : added) {
      files.add(file);
      if (file.sequence) {
        sequence.add(file.write(sequenceDir, PARTITION));
      } else {
        unsequence.add(file.write(unsequenceDir, PARTITION));
      }
    }
    return this;
  }

  CompactionPlan plan() {
    return new CompactionPlanner(2, 100).plan(PARTITION, sequence, unsequence, NOW).orElseThrow();
  }

  List<TsFileResource> sources() {
    List<TsFileResource> all = new ArrayList<>(sequence);
    all.addAll(unsequence);
    return all;
  }

  /** Runs the plan with the sources' mods and the given TTL bounds. */
  TsFileResource compact(
      CompactionRunner runner,
      TrackedReaders readers,
      ToLongFunction<String> ttl,
      RateLimiter limiter)
      throws IOException {
    CompactionPlan plan = plan();
    SourceView view = SourceView.withMods(plan.sources(), ttl);
    return runner.run(plan, sequenceDir, readers.cache, view, limiter);
  }

  TsFileResource compact(TrackedReaders readers, ToLongFunction<String> ttl) throws IOException {
    return compact(new CompactionRunner(), readers, ttl, RateLimiter.UNLIMITED);
  }

  /** The target holds exactly what a read of the sources returned, and its resource says so. */
  void assertTargetMatchesReads(TsFileResource target, ToLongFunction<String> ttl)
      throws IOException {
    Map<String, Map<String, TreeMap<Long, Object>>> expected = ReadModel.visible(files, ttl);
    expected.values().forEach(series -> series.values().removeIf(TreeMap::isEmpty));
    expected.values().removeIf(Map::isEmpty);
    TsFileContents contents = TsFileContents.read(target.path());
    assertEquals(expected, contents.points);
    assertEquals(expected.keySet(), target.devices());
    assertTrue(target.sequence());
    assertEquals(PARTITION, target.timePartition());
    for (String device : expected.keySet()) {
      long start = Long.MAX_VALUE;
      long end = Long.MIN_VALUE;
      for (TreeMap<Long, Object> series : expected.get(device).values()) {
        start = Math.min(start, series.firstKey());
        end = Math.max(end, series.lastKey());
      }
      assertEquals(start, target.startTime(device), device);
      assertEquals(end, target.endTime(device), device);
      assertEquals(newestAlignment(device), target.isAligned(device), device);
      assertEquals(target.isAligned(device), contents.aligned.get(device), device);
    }
    assertEquals(target, TsFileResource.load(target.path()));
  }

  private boolean newestAlignment(String device) {
    TestFile newest = null;
    for (TestFile file : files) {
      if (file.aligned.containsKey(device)
          && (newest == null || ReadModel.priority(file) > ReadModel.priority(newest))) {
        newest = file;
      }
    }
    return newest.aligned.get(device);
  }
}
