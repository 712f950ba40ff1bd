package org.stratadb.storage.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The sealed TsFiles of a region, by time partition, sequence files kept in version order. Readers
 * take an acquired copy of the files that may hold a device; compaction swaps sources for targets
 * in one step. Guarded by the region lock.
 */
final class TsFileSet {
  private final Map<Long, List<TsFileHandle>> sequence = new TreeMap<>();
  private final Map<Long, List<TsFileHandle>> unsequence = new TreeMap<>();

  void add(TsFileHandle handle) {
    Map<Long, List<TsFileHandle>> space = handle.sequence() ? sequence : unsequence;
    List<TsFileHandle> files =
        space.computeIfAbsent(handle.resource().timePartition(), p -> new ArrayList<>());
    files.add(handle);
    files.sort(Comparator.comparingLong(TsFileHandle::version));
  }

  void remove(TsFileHandle handle) {
    Map<Long, List<TsFileHandle>> space = handle.sequence() ? sequence : unsequence;
    List<TsFileHandle> files = space.get(handle.resource().timePartition());
    if (files != null) {
      files.remove(handle);
      if (files.isEmpty()) {
        space.remove(handle.resource().timePartition());
      }
    }
  }

  /** Acquires every file matching {@code filter}; the caller releases each one. */
  List<TsFileHandle> acquire(Predicate<TsFileHandle> filter) {
    List<TsFileHandle> result = new ArrayList<>();
    for (Map<Long, List<TsFileHandle>> space : List.of(sequence, unsequence)) {
      for (List<TsFileHandle> files : space.values()) {
        for (TsFileHandle handle : files) {
          if (filter.test(handle) && handle.tryAcquire()) {
            result.add(handle);
          }
        }
      }
    }
    return result;
  }

  List<TsFileHandle> all() {
    List<TsFileHandle> result = new ArrayList<>();
    sequence.values().forEach(result::addAll);
    unsequence.values().forEach(result::addAll);
    return result;
  }

  List<TsFileHandle> sequenceFiles(long partition) {
    return List.copyOf(sequence.getOrDefault(partition, List.of()));
  }

  List<TsFileHandle> unsequenceFiles(long partition) {
    return List.copyOf(unsequence.getOrDefault(partition, List.of()));
  }

  List<Long> partitions() {
    TreeMap<Long, Boolean> keys = new TreeMap<>();
    sequence.keySet().forEach(p -> keys.put(p, true));
    unsequence.keySet().forEach(p -> keys.put(p, true));
    return new ArrayList<>(keys.keySet());
  }

  int sequenceCount() {
    return sequence.values().stream().mapToInt(List::size).sum();
  }

  int unsequenceCount() {
    return unsequence.values().stream().mapToInt(List::size).sum();
  }

  /** The largest version of any file, or -1: new generations must start above it. */
  long maxVersion() {
    long max = -1;
    for (TsFileHandle handle : all()) {
      max = Math.max(max, handle.version());
    }
    return max;
  }
}
