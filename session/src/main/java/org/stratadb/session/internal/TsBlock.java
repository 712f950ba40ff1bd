package org.stratadb.session.internal;

/** A decoded TsBlock: row count, one timestamp per row and the value columns. */
public final class TsBlock {
  private final int positionCount;
  private final TsBlockColumn time;
  private final TsBlockColumn[] columns;

  TsBlock(int positionCount, TsBlockColumn time, TsBlockColumn[] columns) {
    this.positionCount = positionCount;
    this.time = time;
    this.columns = columns;
  }

  public int positionCount() {
    return positionCount;
  }

  public long time(int row) {
    return time.getLong(row);
  }

  public int columnCount() {
    return columns.length;
  }

  public TsBlockColumn column(int index) {
    return columns[index];
  }
}
