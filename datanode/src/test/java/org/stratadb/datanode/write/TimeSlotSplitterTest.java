package org.stratadb.datanode.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.BitMap;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Tablet;

class TimeSlotSplitterTest {
  private final TimeSlotSplitter splitter = new TimeSlotSplitter(new PartitionSlots(1000, 100));

  @Test
  void tabletInOneSlotIsNotCopied() {
    Tablet t = tablet(new long[] {100, 150, 199, 120}, null);
    List<TimeSlotSplitter.Piece> pieces = splitter.split(t);
    assertEquals(1, pieces.size());
    assertSame(t, pieces.get(0).tablet());
    assertEquals(100, pieces.get(0).timeSlot());
  }

  @Test
  void unsortedRowsAcrossSlotsKeepValuesAndNulls() {
    BitMap nulls = new BitMap(5);
    nulls.mark(2);
    Tablet t = tablet(new long[] {250, -5, 120, 260, 130}, nulls);
    List<TimeSlotSplitter.Piece> pieces = splitter.split(t);
    assertEquals(3, pieces.size());
    assertEquals(-100, pieces.get(0).timeSlot());
    assertEquals(100, pieces.get(1).timeSlot());
    assertEquals(200, pieces.get(2).timeSlot());
    Tablet middle = pieces.get(1).tablet();
    assertArrayEquals(new long[] {120, 130}, middle.times());
    assertArrayEquals(new double[] {2, 4}, (double[]) middle.values(0));
    assertTrue(middle.isNull(0, 0));
    assertFalse(middle.isNull(0, 1));
    assertArrayEquals(new double[] {0, 3}, (double[]) pieces.get(2).tablet().values(0));
  }

  private static Tablet tablet(long[] times, BitMap nulls) {
    double[] values = new double[times.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = i;
    }
    return new Tablet(
        "root.sg.d",
        false,
        new ColumnSpec[] {ColumnSpec.of("s", TSDataType.DOUBLE)},
        times,
        new Object[] {values},
        nulls == null ? null : new BitMap[] {nulls},
        times.length);
  }
}
