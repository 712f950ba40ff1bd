package org.stratadb.storage.compaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.stratadb.storage.testing.TrackedReaders;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileResource;

/** Crashes at every step of a compaction, and what recovery makes of them. */
class CompactionLogTest {
  /** How far a compaction got before the crash. */
  enum Step {
    LOGGED,
    TARGET_HALF_WRITTEN,
    TARGET_WRITTEN,
    TARGET_DONE,
    SOURCES_PARTLY_DELETED,
    SOURCES_DELETED
  }

  @TempDir Path dir;
  private TrackedReaders readers;
  private Partition partition;
  private CompactionPlan plan;
  private Map<String, Long> sourcesOnly;
  private Path target;

  @BeforeEach
  void writeSources() throws IOException {
    readers = new TrackedReaders(8);
    partition = new Partition(dir);
    partition.add(
        CompactionRunnerTest.everyType(TestFile.seq(1), "root.sg.d1", true, 0, 50),
        CompactionRunnerTest.everyType(TestFile.seq(3), "root.sg.d2", false, 0, 50)
            .delete("root.sg.d2.s_int32", 0, 10),
        CompactionRunnerTest.everyType(TestFile.unseq(2), "root.sg.d1", true, 20, 50)
            .delete("root.sg.d1.**", 30, 35));
    plan = partition.plan();
    target = partition.sequenceDir.resolve(plan.target().fileName()).toAbsolutePath();
    sourcesOnly = TestDirs.snapshot(dir);
  }

  @AfterEach
  void noLeaks() {
    readers.assertNoLeaks();
  }

  private TsFileResource runTarget() throws IOException {
    SourceView view = SourceView.withMods(plan.sources(), d -> Long.MIN_VALUE);
    return new CompactionRunner()
        .run(plan, partition.sequenceDir, readers.cache, view, RateLimiter.UNLIMITED);
  }

  /** Runs the compaction the way the region does, stopping (crashing) after {@code step}. */
  private void crashAfter(Step step) throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    if (step == Step.LOGGED) {
      return;
    }
    runTarget();
    if (step == Step.TARGET_HALF_WRITTEN) {
      byte[] bytes = Files.readAllBytes(target);
      Files.write(target, Arrays.copyOf(bytes, bytes.length / 2));
      Files.delete(TsFileResource.resourcePathOf(target));
      return;
    }
    if (step == Step.TARGET_WRITTEN) {
      return;
    }
    log.targetDone();
    if (step == Step.TARGET_DONE) {
      return;
    }
    List<TsFileResource> sources = partition.sources();
    TsFileCompanions.deleteDurably(sources.get(0).path());
    Files.delete(TsFileResource.resourcePathOf(sources.get(2).path())); // mid-way through one
    if (step == Step.SOURCES_DELETED) {
      TsFileCompanions.deleteDurably(sources.stream().map(TsFileResource::path).toList());
    }
  }

  private void recoverEverywhere() throws IOException {
    CompactionLog.recover(partition.sequenceDir);
    CompactionLog.recover(partition.unsequenceDir);
  }

  private void assertSourcesOnly() throws IOException {
    assertEquals(sourcesOnly, TestDirs.snapshot(dir), "the sources, untouched, and nothing else");
  }

  private void assertTargetOnly() throws IOException {
    String base = dir.relativize(target).toString();
    assertEquals(
        List.of(base, base + TsFileResource.SUFFIX),
        List.copyOf(TestDirs.snapshot(dir).keySet()),
        "the target and its resource, and nothing else");
    partition.assertTargetMatchesReads(TsFileResource.load(target), d -> Long.MIN_VALUE);
  }

  @ParameterizedTest
  @EnumSource(Step.class)
  void recoveryLeavesEitherAllSourcesOrTheTarget(Step step) throws IOException {
    crashAfter(step);

    recoverEverywhere();

    if (step.compareTo(Step.TARGET_DONE) < 0) {
      assertSourcesOnly();
    } else {
      assertTargetOnly();
    }
    recoverEverywhere(); // recovering again changes nothing
    if (step.compareTo(Step.TARGET_DONE) < 0) {
      assertSourcesOnly();
    } else {
      assertTargetOnly();
    }
  }

  @Test
  void aCompactionThatCompletesLeavesOnlyTheTarget() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    assertEquals(CompactionLog.logPathOf(target), log.path());
    assertTrue(log.path().getFileName().toString().endsWith("-3-0-1.compaction"));
    assertEquals(target, log.target());
    assertEquals(
        partition.sources().stream().map(s -> s.path().toAbsolutePath()).toList(), log.sources());
    assertNotNull(runTarget());
    assertThrows(IllegalStateException.class, log::finish, "target not done yet");
    log.targetDone();
    assertThrows(IllegalStateException.class, log::finish, "sources still there");
    TsFileCompanions.deleteDurably(log.sources());
    log.finish();
    assertTargetOnly();
  }

  @Test
  void abortUndoesARunBeforeTheSourcesAreTouched() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    runTarget();
    log.targetDone();
    log.abort();
    assertSourcesOnly();
    log.abort(); // harmless twice
  }

  @Test
  void abortRefusesOnceASourceIsGone() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    runTarget();
    log.targetDone();
    TsFileCompanions.deleteDurably(log.sources().get(0));
    assertThrows(IllegalStateException.class, log::abort);
    recoverEverywhere();
    assertTargetOnly();
  }

  @Test
  void aSecondLogForTheSameTargetIsRefused() throws IOException {
    CompactionLog.begin(partition.sequenceDir, plan);
    assertThrows(
        FileAlreadyExistsException.class, () -> CompactionLog.begin(partition.sequenceDir, plan));
  }

  @Test
  void aLogTornAnywhereRollsBack() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    byte[] whole = Files.readAllBytes(log.path());
    for (int cut = 0; cut < whole.length; cut++) {
      Files.write(log.path(), Arrays.copyOf(whole, cut));
      Files.write(target, new byte[] {1, 2, 3}); // as if the target had been begun anyway
      recoverEverywhere();
      assertSourcesOnly();
    }
  }

  @Test
  void aLogOfZerosLeftByACrashRollsBack() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    Files.write(log.path(), new byte[(int) Files.size(log.path())]);
    recoverEverywhere();
    assertSourcesOnly();
  }

  @Test
  void aTornDoneMarkerRollsBack() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    int planEnd = (int) Files.size(log.path());
    runTarget();
    log.targetDone();
    byte[] whole = Files.readAllBytes(log.path());
    for (int cut = planEnd; cut < whole.length; cut++) {
      runTargetIfMissing();
      Files.write(log.path(), Arrays.copyOf(whole, cut));
      recoverEverywhere();
      assertSourcesOnly();
    }
  }

  private void runTargetIfMissing() throws IOException {
    if (!Files.exists(target)) {
      runTarget();
    }
  }

  @Test
  void aCorruptFrameCountsAsTorn() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    byte[] bytes = Files.readAllBytes(log.path());
    bytes[bytes.length - 3] ^= 0x40; // inside the plan's payload: its CRC fails
    Files.write(log.path(), bytes);
    recoverEverywhere();
    assertSourcesOnly();
  }

  @Test
  void aDamagedTargetRollsBackWhileEverySourceIsThere() throws IOException {
    crashAfter(Step.TARGET_DONE);
    Files.write(TsFileResource.resourcePathOf(target), new byte[] {0});
    recoverEverywhere();
    assertSourcesOnly();
  }

  @Test
  void aDamagedTargetResourceIsRebuiltOnceSourcesAreGone() throws IOException {
    crashAfter(Step.SOURCES_PARTLY_DELETED);
    Files.write(TsFileResource.resourcePathOf(target), new byte[] {0});
    recoverEverywhere();
    assertTargetOnly();
  }

  @Test
  void aTargetWithoutMarkerIsKeptWhenSourcesAreAlreadyGone() throws IOException {
    crashAfter(Step.TARGET_WRITTEN);
    TsFileCompanions.deleteDurably(partition.sources().get(1).path());
    recoverEverywhere();
    assertTargetOnly();
  }

  @Test
  void whenNothingSurvivesTheSourcesAreDeletedAndNoTargetWritten() throws IOException {
    Partition empty = new Partition(dir.resolve("empty"));
    empty.add(
        CompactionRunnerTest.everyType(TestFile.seq(1), "root.sg.d1", false, 0, 5)
            .delete("root.**", 0, 10),
        CompactionRunnerTest.everyType(TestFile.seq(2), "root.sg.d1", false, 5, 5)
            .delete("root.**", 0, 10));
    CompactionPlan emptyPlan = empty.plan();
    CompactionLog log = CompactionLog.begin(empty.sequenceDir, emptyPlan);
    SourceView view = SourceView.withMods(emptyPlan.sources(), d -> Long.MIN_VALUE);
    assertEquals(
        null,
        new CompactionRunner()
            .run(emptyPlan, empty.sequenceDir, readers.cache, view, RateLimiter.UNLIMITED));
    log.targetDone();
    TsFileCompanions.deleteDurably(log.sources().get(0)); // crash while deleting the sources
    CompactionLog.recover(empty.sequenceDir);
    assertEquals(new TreeMap<>(), TestDirs.snapshot(dir.resolve("empty")));
  }

  @Test
  void aLogOfAnotherFormatIsAnErrorNotARollback() throws IOException {
    CompactionLog log = CompactionLog.begin(partition.sequenceDir, plan);
    byte[] bytes = Files.readAllBytes(log.path());
    byte[] badVersion = bytes.clone();
    badVersion[4] = 9;
    Files.write(log.path(), badVersion);
    assertThrows(IOException.class, this::recoverEverywhere);
    byte[] badMagic = bytes.clone();
    badMagic[0] = 'X';
    Files.write(log.path(), badMagic);
    assertThrows(IOException.class, this::recoverEverywhere);
    Files.write(log.path(), bytes);
    recoverEverywhere();
    assertSourcesOnly();
  }

  @Test
  void recoveringADirectoryWithoutLogsDoesNothing() throws IOException {
    recoverEverywhere();
    CompactionLog.recover(dir.resolve("absent"));
    assertSourcesOnly();
    assertFalse(Files.exists(target));
  }
}
