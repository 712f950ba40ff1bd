package org.stratadb.storage.region;

import java.util.HashMap;
import java.util.Map;
import org.stratadb.storage.api.Tablet;

/**
 * Splits the rows of a tablet by time partition and space. Almost every tablet lands wholly in one
 * partition and in one space, so that case costs one pass over the times and no allocation; only
 * mixed tablets get row-index lists.
 */
final class WriteRouter {
  private final long partitionInterval;

  WriteRouter(long partitionInterval) {
    this.partitionInterval = partitionInterval;
  }

  long partitionOf(long time) {
    return Math.floorDiv(time, partitionInterval);
  }

  /** Receives the rows of one partition and space. */
  interface Sink {
    /** {@code rows == null} means rows {@code 0..count} of the tablet. */
    void accept(PartitionSpace target, int[] rows, int count);
  }

  void route(Tablet tablet, LastFlushedTimes flushed, Sink sink) {
    int rowCount = tablet.rowCount();
    if (rowCount == 0) {
      return;
    }
    String device = tablet.device();
    long[] times = tablet.times();
    long partition = partitionOf(times[0]);
    long lastFlushed = flushed.get(partition, device);
    boolean sequence = times[0] > lastFlushed;
    for (int row = 1; row < rowCount; row++) {
      long time = times[row];
      if (partitionOf(time) != partition || (time > lastFlushed) != sequence) {
        routeMixed(tablet, flushed, sink);
        return;
      }
    }
    sink.accept(new PartitionSpace(partition, sequence), null, rowCount);
  }

  private void routeMixed(Tablet tablet, LastFlushedTimes flushed, Sink sink) {
    Map<PartitionSpace, RowList> groups = new HashMap<>();
    long[] times = tablet.times();
    for (int row = 0; row < tablet.rowCount(); row++) {
      long partition = partitionOf(times[row]);
      boolean sequence = times[row] > flushed.get(partition, tablet.device());
      groups.computeIfAbsent(new PartitionSpace(partition, sequence), k -> new RowList()).add(row);
    }
    groups.forEach((target, rows) -> sink.accept(target, rows.rows, rows.size));
  }

  private static final class RowList {
    int[] rows = new int[16];
    int size;

    void add(int row) {
      if (size == rows.length) {
        rows = java.util.Arrays.copyOf(rows, size * 2);
      }
      rows[size++] = row;
    }
  }
}
