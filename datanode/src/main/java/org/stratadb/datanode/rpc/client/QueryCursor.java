package org.stratadb.datanode.rpc.client;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;

/**
 * The rows of one query still to be sent, handed out in pages of at most {@code fetchSize} rows:
 * the first page goes with the execute reply, the others with {@code fetchResultsV2}. Large blocks
 * are split (without copying) so a page never exceeds its size, and empty blocks are never sent.
 *
 * <p>Whether more rows follow is known before a page is sent: the next block is read ahead. A
 * failure after some rows of a page were gathered is kept and reported by the next fetch, so the
 * client first receives every row produced before it.
 */
final class QueryCursor {
  private final long queryId;
  private final long statementId;
  private final ResultSet rows;
  private final TSDataType[] blockTypes;
  private TsBlock ahead;
  private RuntimeException deferred;
  private boolean finished;
  private boolean closed;

  QueryCursor(long queryId, long statementId, ResultSet rows) {
    this.queryId = queryId;
    this.statementId = statementId;
    this.rows = rows;
    this.blockTypes = blockTypes(rows.header());
  }

  long queryId() {
    return queryId;
  }

  long statementId() {
    return statementId;
  }

  ResultHeader header() {
    return rows.header();
  }

  /** A page of serialized TsBlocks and whether more rows follow. */
  record Page(List<ByteBuffer> blocks, boolean more) {}

  /**
   * The next rows, at most {@code maxRows}. A finished cursor closes its result set.
   *
   * @throws RuntimeException the query's failure, if it failed before any row of this page
   */
  synchronized Page nextPage(int maxRows) {
    if (closed) {
      return new Page(List.of(), false);
    }
    if (deferred != null) {
      RuntimeException failure = deferred;
      close();
      throw failure;
    }
    List<ByteBuffer> blocks = new ArrayList<>();
    int count = 0;
    try {
      while (count < maxRows) {
        TsBlock block = take();
        if (block == null) {
          finished = true;
          break;
        }
        int room = maxRows - count;
        int size = block.getPositionCount();
        if (size > room) {
          ahead = block.getRegion(room, size - room);
          block = block.getRegion(0, room);
        }
        blocks.add(ByteBuffer.wrap(TsBlockSerializer.serialize(block, blockTypes)));
        count += block.getPositionCount();
      }
      if (!finished && ahead == null) {
        ahead = take();
        finished = ahead == null;
      }
    } catch (RuntimeException e) {
      if (count == 0) {
        close();
        throw e;
      }
      deferred = e;
    }
    if (finished) {
      close();
    }
    return new Page(blocks, !finished);
  }

  /** Releases the query; later pages are empty. Safe to call more than once. */
  synchronized void close() {
    if (!closed) {
      closed = true;
      ahead = null;
      rows.close();
    }
  }

  private TsBlock take() {
    if (ahead != null) {
      TsBlock block = ahead;
      ahead = null;
      return block;
    }
    TsBlock block = rows.next();
    while (block != null && block.getPositionCount() == 0) {
      block = rows.next();
    }
    return block;
  }

  private static TSDataType[] blockTypes(ResultHeader header) {
    int width = 0;
    for (int column : header.blockColumn()) {
      width = Math.max(width, column + 1);
    }
    TSDataType[] types = new TSDataType[width];
    for (int i = header.columns().size() - 1; i >= 0; i--) {
      types[header.blockColumn().get(i)] = header.dataTypes().get(i);
    }
    return types;
  }
}
