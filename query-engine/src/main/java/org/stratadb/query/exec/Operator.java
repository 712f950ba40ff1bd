package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/**
 * A pull-based operator over TsBlocks. Not thread-safe: one consumer pulls and closes it. Operators
 * never return empty blocks and bound the rows of the blocks they build.
 */
public interface Operator extends AutoCloseable {

  /** The types of the value columns of every block. */
  List<TSDataType> types();

  /** The next non-empty block, or null once there are no more (then it stays null). */
  TsBlock next();

  /** Releases readers and children; safe to call more than once and before the end. */
  @Override
  void close();
}
