package org.stratadb.storage.region;

import java.util.HashMap;
import java.util.Map;

/**
 * Per time partition and device, the largest time that is in the sequence space outside the working
 * memtables (sealed files and memtables being flushed). A point at or before it goes to the
 * unsequence space; this keeps the sequence files of a device disjoint in time, which is what lets
 * sequence data be read and aggregated without merging. Guarded by the region lock.
 */
final class LastFlushedTimes {
  private final Map<Long, Map<String, Long>> byPartition = new HashMap<>();

  long get(long partition, String device) {
    Map<String, Long> devices = byPartition.get(partition);
    Long time = devices == null ? null : devices.get(device);
    return time == null ? Long.MIN_VALUE : time;
  }

  void raise(long partition, String device, long time) {
    byPartition.computeIfAbsent(partition, p -> new HashMap<>()).merge(device, time, Math::max);
  }
}
