package org.stratadb.query.exec;

import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.ResultHeader;
import org.stratadb.query.api.ResultSet;

/** The rows of a running plan; failures surface as {@link StrataException}s. */
public final class QueryResultSet implements ResultSet {
  private final ResultHeader header;
  private final Operator root;
  private boolean closed;

  public QueryResultSet(ResultHeader header, Operator root) {
    this.header = header;
    this.root = root;
  }

  @Override
  public ResultHeader header() {
    return header;
  }

  @Override
  public TsBlock next() {
    if (closed) {
      return null;
    }
    try {
      TsBlock block;
      do {
        block = root.next();
      } while (block != null && block.getPositionCount() == 0);
      if (block == null) {
        close();
      }
      return block;
    } catch (StrataException e) {
      close();
      throw e;
    } catch (RuntimeException e) {
      close();
      throw new StrataException(
          StatusCode.QUERY_PROCESS_ERROR, "query failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      root.close();
    }
  }
}
