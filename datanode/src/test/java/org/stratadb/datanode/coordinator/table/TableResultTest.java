package org.stratadb.datanode.coordinator.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.junit.jupiter.api.Test;

class TableResultTest {

  @Test
  void rowsAreSplitIntoNonEmptyBlocksWithZeroTimes() {
    TableResult.Builder b =
        TableResult.builder().column("Name", TSDataType.TEXT).column("N", TSDataType.INT32);
    int rows = TableResult.BLOCK_ROWS + 5;
    for (int i = 0; i < rows; i++) {
      b.row("r" + i, i % 3 == 0 ? null : i);
    }
    TableResult result = b.build();
    assertTrue(result.header().ignoreTimestamp());
    assertEquals(List.of("Name", "N"), result.header().columns());
    TsBlock first = result.next();
    TsBlock second = result.next();
    assertNull(result.next());
    assertEquals(TableResult.BLOCK_ROWS, first.getPositionCount());
    assertEquals(5, second.getPositionCount());
    assertEquals(0L, first.getTimeByIndex(3));
    assertTrue(first.getColumn(1).isNull(0));
    assertEquals(1, first.getColumn(1).getInt(1));
    assertEquals("r1025", second.getColumn(0).getBinary(1).toString());
  }

  @Test
  void emptyResultHasNoBlocks() {
    TableResult result = TableResult.builder().column("x", TSDataType.INT64).build();
    assertNull(result.next());
  }

  @Test
  void rowWidthMustMatchColumns() {
    TableResult.Builder b = TableResult.builder().column("x", TSDataType.INT64);
    assertThrows(IllegalArgumentException.class, () -> b.row(1L, 2L));
  }
}
