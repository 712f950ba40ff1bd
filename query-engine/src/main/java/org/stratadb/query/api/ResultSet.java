package org.stratadb.query.api;

import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.commons.error.StrataException;

/**
 * The rows of a query, produced lazily as TsBlocks. Blocks are never empty; {@code null} means the
 * result is finished. Closing releases everything the query holds (readers, memory) and may be
 * called at any time, also before the end.
 */
public interface ResultSet extends AutoCloseable {

  ResultHeader header();

  /**
   * The next block of rows, or {@code null} when there are none left.
   *
   * @throws StrataException with the status code the client should see
   */
  TsBlock next();

  @Override
  void close();
}
