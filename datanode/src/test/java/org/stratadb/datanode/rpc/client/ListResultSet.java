package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;

/** A result set over blocks given up front; can fail at a chosen block and counts closes. */
final class ListResultSet implements ResultSet {
  private final ResultHeader header;
  private final List<TsBlock> blocks;
  private final int failAt;
  private final RuntimeException failure;
  private int next;
  private int closes;

  ListResultSet(ResultHeader header, List<TsBlock> blocks) {
    this(header, blocks, -1, null);
  }

  /** Throws {@code failure} instead of returning block number {@code failAt}. */
  ListResultSet(ResultHeader header, List<TsBlock> blocks, int failAt, RuntimeException failure) {
    this.header = header;
    this.blocks = new ArrayList<>(blocks);
    this.failAt = failAt;
    this.failure = failure;
  }

  @Override
  public ResultHeader header() {
    return header;
  }

  @Override
  public synchronized TsBlock next() {
    if (closes > 0) {
      throw new IllegalStateException("read after close");
    }
    if (next == failAt) {
      next++;
      throw failure;
    }
    return next < blocks.size() ? blocks.get(next++) : null;
  }

  @Override
  public synchronized void close() {
    closes++;
  }

  synchronized int closes() {
    return closes;
  }

  synchronized boolean isClosed() {
    return closes > 0;
  }
}
