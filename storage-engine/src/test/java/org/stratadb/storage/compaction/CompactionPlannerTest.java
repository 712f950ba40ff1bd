package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

class CompactionPlannerTest {
  private static final long NOW = 1_718_000_000_000L;
  private final CompactionPlanner planner = new CompactionPlanner(4, 10);

  private static TsFileResource file(boolean sequence, long version, int inner, int cross) {
    Path path = Path.of("/data", sequence ? "sequence" : "unsequence", "3");
    TsFileName name = new TsFileName(100 + version, version, inner, cross);
    return TsFileResource.builder(path.resolve(name.fileName()), sequence, 3)
        .device("root.sg.d1", version, version + 1, false)
        .build();
  }

  private static List<TsFileResource> seq(long... versions) {
    List<TsFileResource> files = new ArrayList<>();
    for (long version : versions) {
      files.add(file(true, version, 0, 0));
    }
    return files;
  }

  @Test
  void nothingToDoBelowTheSequenceThreshold() {
    assertTrue(planner.plan(3, List.of(), List.of(), NOW).isEmpty());
    assertTrue(planner.plan(3, seq(1, 2, 3), List.of(), NOW).isEmpty());
  }

  @Test
  void enoughSequenceFilesMakeAnInnerPlanOverAllOfThem() {
    List<TsFileResource> files = seq(7, 2, 5, 9);
    CompactionPlan plan = planner.plan(3, files, List.of(), NOW).orElseThrow();
    assertEquals(CompactionKind.INNER, plan.kind());
    assertEquals(3, plan.partition());
    assertEquals(List.of(files.get(1), files.get(2), files.get(0), files.get(3)), plan.sources());
    assertEquals(new TsFileName(NOW, 9, 1, 0), plan.target());
  }

  @Test
  void anInnerPlanTakesAtMostTheOldestFilesPerTask() {
    List<TsFileResource> files = seq(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    CompactionPlan plan = planner.plan(3, files, List.of(), NOW).orElseThrow();
    assertEquals(files.subList(0, 10), plan.sources());
    assertEquals(new TsFileName(NOW, 10, 1, 0), plan.target());
  }

  @Test
  void anyUnsequenceFileMakesACrossPlanOverEveryFile() {
    List<TsFileResource> sequence = seq(1, 4);
    List<TsFileResource> unsequence = List.of(file(false, 3, 0, 0), file(false, 2, 0, 0));
    CompactionPlan plan = planner.plan(3, sequence, unsequence, NOW).orElseThrow();
    assertEquals(CompactionKind.CROSS, plan.kind());
    assertEquals(
        List.of(sequence.get(0), sequence.get(1), unsequence.get(1), unsequence.get(0)),
        plan.sources());
    assertEquals(new TsFileName(NOW, 4, 0, 1), plan.target());

    CompactionPlan alone = planner.plan(3, List.of(), unsequence, NOW).orElseThrow();
    assertEquals(CompactionKind.CROSS, alone.kind());
    assertEquals(2, alone.sources().size());
  }

  @Test
  void aCrossPlanIgnoresTheFilesPerTaskBound() {
    List<TsFileResource> sequence = seq(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    CompactionPlan plan =
        planner.plan(3, sequence, List.of(file(false, 13, 0, 0)), NOW).orElseThrow();
    assertEquals(13, plan.sources().size());
  }

  @Test
  void targetCountsOneMoreCompactionOfItsKind() {
    List<TsFileResource> sequence =
        List.of(file(true, 1, 3, 1), file(true, 5, 1, 2), file(true, 6, 0, 0), file(true, 8, 2, 0));
    assertEquals(
        new TsFileName(NOW, 8, 4, 2),
        planner.plan(3, sequence, List.of(), NOW).orElseThrow().target());
    assertEquals(
        new TsFileName(NOW, 9, 3, 3),
        planner.plan(3, sequence, List.of(file(false, 9, 0, 0)), NOW).orElseThrow().target());
  }

  @Test
  void filesOfAnotherPartitionOrSpaceAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> planner.plan(4, seq(1), List.of(), NOW));
    assertThrows(IllegalArgumentException.class, () -> planner.plan(3, List.of(), seq(1), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> planner.plan(3, List.of(file(false, 1, 0, 0)), List.of(), NOW));
    assertThrows(IllegalArgumentException.class, () -> new CompactionPlanner(1, 10));
    assertThrows(IllegalArgumentException.class, () -> new CompactionPlanner(4, 1));
  }
}
