package org.stratadb.storage.api;

import org.apache.tsfile.read.common.block.TsBlock;

/**
 * A pull-based stream of non-empty TsBlocks. It holds files open until closed; close it even when
 * not read to the end.
 */
public interface BlockIterator extends AutoCloseable {

  boolean hasNext();

  TsBlock next();

  @Override
  void close();
}
