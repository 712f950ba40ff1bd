package org.stratadb.storage.read;

import java.io.Serializable;
import java.util.List;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.stratadb.storage.column.SortedColumn;

/** A piece already in memory: a memtable copy, or points merged from overlapping pieces. */
final class ColumnPiece implements Piece {
  private final SortedColumn column;

  /** {@code column} must not be empty. */
  ColumnPiece(SortedColumn column) {
    this.column = column;
  }

  @Override
  public long startTime() {
    return column.firstTime();
  }

  @Override
  public long endTime() {
    return column.lastTime();
  }

  @Override
  public long order() {
    return 0;
  }

  @Override
  public Statistics<? extends Serializable> statistics() {
    return null;
  }

  @Override
  public boolean exact() {
    return false;
  }

  @Override
  public List<Piece> split() {
    return List.of();
  }

  @Override
  public SortedColumn load() {
    return column;
  }

  @Override
  public String toString() {
    return "ColumnPiece[" + startTime() + ".." + endTime() + ", " + column.size() + " points]";
  }
}
