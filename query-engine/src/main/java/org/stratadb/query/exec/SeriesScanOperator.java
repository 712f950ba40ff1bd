package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.plan.SeriesScanNode;
import org.stratadb.query.spi.RegionReader;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.TimeRange;

/** Reads a {@link SeriesScanNode}: one storage scan per time range, one after the other. */
final class SeriesScanOperator implements Operator {
  private final RegionReader reader;
  private final SeriesScanNode node;
  private final int blockRows;
  private int nextRange;
  private BlockIterator current;
  private boolean closed;

  SeriesScanOperator(RegionReader reader, SeriesScanNode node, int blockRows) {
    this.reader = reader;
    this.node = node;
    this.blockRows = blockRows;
  }

  @Override
  public List<TSDataType> types() {
    return node.types();
  }

  @Override
  public TsBlock next() {
    while (!closed) {
      if (current == null) {
        if (nextRange >= node.ranges().size()) {
          return null;
        }
        TimeRange range = node.ranges().get(nextRange++);
        current =
            reader.scan(
                new SeriesScan(
                    node.device(),
                    node.aligned(),
                    node.measurements(),
                    node.types(),
                    range,
                    node.filter(),
                    blockRows));
      }
      if (current.hasNext()) {
        TsBlock block = current.next();
        if (block.getPositionCount() > 0) {
          return block;
        }
      } else {
        current.close();
        current = null;
      }
    }
    return null;
  }

  @Override
  public void close() {
    closed = true;
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
