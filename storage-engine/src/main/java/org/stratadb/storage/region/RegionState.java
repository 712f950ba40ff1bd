package org.stratadb.storage.region;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The mutable state of one region, shared by its write, flush, delete, read and compaction paths.
 * Every field is guarded by {@link #lock}: writers and structural changes take the write lock,
 * readers take the read lock just long enough to snapshot what they need.
 */
final class RegionState {
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  final TsFileSet files = new TsFileSet();
  final LastFlushedTimes lastFlushed = new LastFlushedTimes();
  private final Deque<Generation> flushing = new ArrayDeque<>();
  private Generation working;

  RegionState(Generation working) {
    this.working = working;
  }

  Generation working() {
    return working;
  }

  /**
   * Freezes the working generation and starts {@code next}. Sequence data of the frozen one now
   * counts as flushed, so later points at or before its times go to the unsequence space.
   */
  Generation freezeWorking(Generation next) {
    Generation frozen = working;
    frozen.freeze();
    frozen
        .memTables()
        .forEach(
            (target, table) -> {
              if (target.sequence()) {
                for (String device : table.devices()) {
                  lastFlushed.raise(target.partition(), device, table.maxTime(device));
                }
              }
            });
    flushing.addLast(frozen);
    working = next;
    return frozen;
  }

  void flushed(Generation generation) {
    flushing.remove(generation);
  }

  /** Flushing generations oldest first, then the working one. */
  List<Generation> generations() {
    List<Generation> all = new ArrayList<>(flushing);
    all.add(working);
    return all;
  }

  boolean hasFlushing() {
    return !flushing.isEmpty();
  }
}
