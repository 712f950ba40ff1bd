package org.stratadb.datanode.write;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

/**
 * Splits a tablet by time partition slot, since each slot of a device may live in another data
 * region. The common case, every row in one slot, returns the tablet itself without copying.
 */
public final class TimeSlotSplitter {

  /** A piece of a tablet whose rows all fall in {@code timeSlot}. */
  public record Piece(long timeSlot, Tablet tablet) {}

  private final PartitionSlots slots;

  public TimeSlotSplitter(PartitionSlots slots) {
    this.slots = slots;
  }

  /** The time slot of a tablet whose rows share one, or {@code Long.MIN_VALUE} if they don't. */
  public long singleSlot(Tablet tablet) {
    long[] times = tablet.times();
    int rows = tablet.rowCount();
    if (rows == 0) {
      return Long.MIN_VALUE;
    }
    long first = slots.timeSlot(times[0]);
    long interval = slots.timePartitionInterval();
    for (int i = 1; i < rows; i++) {
      long t = times[i];
      if (t < first || t - first >= interval) {
        return Long.MIN_VALUE;
      }
    }
    return first;
  }

  /** The pieces of a tablet, one per time slot it touches, in slot order. */
  public List<Piece> split(Tablet tablet) {
    long single = singleSlot(tablet);
    if (single != Long.MIN_VALUE) {
      return List.of(new Piece(single, tablet));
    }
    TreeMap<Long, List<Integer>> rowsBySlot = new TreeMap<>();
    long[] times = tablet.times();
    for (int i = 0; i < tablet.rowCount(); i++) {
      rowsBySlot.computeIfAbsent(slots.timeSlot(times[i]), k -> new ArrayList<>()).add(i);
    }
    List<Piece> pieces = new ArrayList<>(rowsBySlot.size());
    rowsBySlot.forEach((slot, rows) -> pieces.add(new Piece(slot, select(tablet, rows))));
    return pieces;
  }

  private static Tablet select(Tablet source, List<Integer> rows) {
    int n = rows.size();
    int columns = source.columnCount();
    ColumnSpec[] specs = new ColumnSpec[columns];
    Object[] values = new Object[columns];
    BitMap[] nulls = new BitMap[columns];
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = source.time(rows.get(i));
    }
    for (int c = 0; c < columns; c++) {
      specs[c] = source.column(c);
      Object from = source.values(c);
      Object to = Array.newInstance(from.getClass().getComponentType(), n);
      boolean nullable = source.mayHaveNulls(c);
      BitMap bits = nullable ? new BitMap(n) : null;
      for (int i = 0; i < n; i++) {
        int r = rows.get(i);
        System.arraycopy(from, r, to, i, 1);
        if (nullable && source.isNull(c, r)) {
          bits.mark(i);
        }
      }
      values[c] = to;
      nulls[c] = bits;
    }
    return new Tablet(source.device(), source.aligned(), specs, times, values, nulls, n);
  }
}
