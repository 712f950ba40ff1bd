package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.compaction.CompactionLog;
import org.stratadb.storage.compaction.CompactionPlan;
import org.stratadb.storage.compaction.CompactionPlanner;
import org.stratadb.storage.compaction.CompactionRunner;
import org.stratadb.storage.compaction.RateLimiter;
import org.stratadb.storage.compaction.SourceView;
import org.stratadb.storage.mods.ModsFile;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Runs the region's compactions, one at a time. A plan is made under the read lock, which keeps
 * deletions out, so the deletions the merge applies are exactly those recorded at that moment;
 * deletions that arrive while it runs are copied to the target's mods when the target replaces its
 * sources, in one step under the write lock.
 */
final class RegionCompactor {
  private static final Logger LOG = LoggerFactory.getLogger(RegionCompactor.class);
  private static final int MIN_SEQUENCE_FILES = 4;
  private static final int MAX_FILES_PER_TASK = 16;

  private final RegionLayout layout;
  private final RegionState state;
  private final TtlRules ttl;
  private final EngineServices services;
  private final DataDirPicker dirs;
  private final RateLimiter limiter;
  private final CompactionPlanner planner =
      new CompactionPlanner(MIN_SEQUENCE_FILES, MAX_FILES_PER_TASK);
  private final CompactionRunner runner;
  private final List<CompactionLog> unfinished = new ArrayList<>();
  private final AtomicLong completed = new AtomicLong();

  RegionCompactor(
      RegionLayout layout,
      RegionState state,
      TtlRules ttl,
      EngineServices services,
      DataDirPicker dirs,
      long writeBytesPerSecond,
      BooleanSupplier stopping) {
    this.runner = new CompactionRunner(stopping);
    this.layout = layout;
    this.state = state;
    this.ttl = ttl;
    this.services = services;
    this.dirs = dirs;
    this.limiter = new RateLimiter(writeBytesPerSecond);
  }

  long completed() {
    return completed.get();
  }

  /** Plans and runs one compaction; false when there was nothing to do. Not thread-safe. */
  boolean compactOnce() throws IOException {
    finishLogs();
    Task task = plan();
    if (task == null) {
      return false;
    }
    try {
      run(task);
    } finally {
      task.sources.keySet().forEach(TsFileHandle::release);
    }
    return true;
  }

  private Task plan() throws IOException {
    long now = services.nowMillis();
    state.lock.readLock().lock();
    try {
      for (long partition : state.files.partitions()) {
        List<TsFileHandle> sequence = state.files.sequenceFiles(partition);
        List<TsFileHandle> unsequence = state.files.unsequenceFiles(partition);
        Optional<CompactionPlan> plan =
            planner.plan(partition, resources(sequence), resources(unsequence), now);
        if (plan.isPresent()) {
          return acquire(plan.get(), sequence, unsequence, now);
        }
      }
      return null;
    } finally {
      state.lock.readLock().unlock();
    }
  }

  private Task acquire(
      CompactionPlan plan, List<TsFileHandle> sequence, List<TsFileHandle> unsequence, long now)
      throws IOException {
    Map<TsFileHandle, Integer> sources = new HashMap<>();
    List<TsFileHandle> candidates = new ArrayList<>(sequence);
    candidates.addAll(unsequence);
    try {
      for (TsFileHandle handle : candidates) {
        if (plan.sources().contains(handle.resource()) && handle.tryAcquire()) {
          sources.put(handle, 0);
          sources.put(handle, ModsFile.forTsFile(handle.path()).load().size());
        }
      }
      SourceView view = SourceView.withMods(plan.sources(), device -> ttl.visibleFrom(device, now));
      return new Task(plan, sources, view);
    } catch (IOException | RuntimeException e) {
      sources.keySet().forEach(TsFileHandle::release);
      throw e;
    }
  }

  private void run(Task task) throws IOException {
    long started = System.nanoTime();
    Path dir = layout.partitionDir(dirs.pick(), true, task.plan.partition());
    Files.createDirectories(dir);
    CompactionLog log = CompactionLog.begin(dir, task.plan);
    TsFileResource target;
    try {
      target = runner.run(task.plan, dir, services.readers(), task.view, limiter);
    } catch (IOException | RuntimeException e) {
      log.abort();
      throw e;
    }
    swap(task, target, log);
    synchronized (unfinished) {
      unfinished.add(log);
    }
    finishLogs();
    completed.incrementAndGet();
    LOG.info(
        "Compacted {} files of partition {} of region {}-{} ({}) into {} in {} ms",
        task.sources.size(),
        task.plan.partition(),
        layout.database(),
        layout.regionId(),
        task.plan.kind(),
        target == null ? "nothing" : target.path().getFileName(),
        (System.nanoTime() - started) / 1_000_000);
  }

  /**
   * Deletions that reached the sources during the merge are copied to the target before the log
   * says the target is done, and no deletion can slip in between: from that mark on, recovery keeps
   * the target and drops the sources, so the target must already hold every deletion.
   */
  private void swap(Task task, TsFileResource target, CompactionLog log) throws IOException {
    state.lock.writeLock().lock();
    try {
      try {
        if (target != null) {
          carryOverDeletions(task, target);
        }
        log.targetDone();
      } catch (IOException | RuntimeException e) {
        log.abort();
        throw e;
      }
      if (target != null) {
        state.files.add(new TsFileHandle(target));
      }
      task.sources.keySet().forEach(state.files::remove);
    } finally {
      state.lock.writeLock().unlock();
    }
    for (TsFileHandle source : task.sources.keySet()) {
      services.readers().remove(source.path());
      source.markRemoved();
    }
  }

  /** Deletions recorded on a source after the plan was made must hold on the target too. */
  private static void carryOverDeletions(Task task, TsFileResource target) throws IOException {
    ModsFile targetMods = ModsFile.forTsFile(target.path());
    for (Map.Entry<TsFileHandle, Integer> source : task.sources.entrySet()) {
      List<Deletion> now = ModsFile.forTsFile(source.getKey().path()).load();
      for (Deletion deletion : now.subList(source.getValue(), now.size())) {
        targetMods.append(deletion);
      }
    }
  }

  /** Closes the logs whose sources are gone; a read may still hold a source for a while. */
  void finishLogs() throws IOException {
    synchronized (unfinished) {
      for (Iterator<CompactionLog> logs = unfinished.iterator(); logs.hasNext(); ) {
        CompactionLog log = logs.next();
        if (log.sources().stream().noneMatch(Files::exists)) {
          log.finish();
          logs.remove();
        }
      }
    }
  }

  private static List<TsFileResource> resources(List<TsFileHandle> handles) {
    List<TsFileResource> resources = new ArrayList<>(handles.size());
    handles.forEach(handle -> resources.add(handle.resource()));
    return resources;
  }

  /** A planned compaction with its acquired sources and the mods count each had at plan time. */
  private record Task(CompactionPlan plan, Map<TsFileHandle, Integer> sources, SourceView view) {}
}
