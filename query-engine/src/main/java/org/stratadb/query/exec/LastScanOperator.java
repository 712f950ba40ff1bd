package org.stratadb.query.exec;

import java.util.List;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.stratadb.query.exec.eval.Texts;
import org.stratadb.query.plan.LastScanNode;
import org.stratadb.query.plan.LastTarget;
import org.stratadb.query.spi.RegionReader;
import org.stratadb.storage.api.LastPoint;

/** Runs a {@link LastScanNode}: the last point of each target in one region. */
final class LastScanOperator implements Operator {
  private final RegionReader reader;
  private final LastScanNode node;
  private final int blockRows;
  private int nextTarget;

  LastScanOperator(RegionReader reader, LastScanNode node, int blockRows) {
    this.reader = reader;
    this.node = node;
    this.blockRows = blockRows;
  }

  @Override
  public List<TSDataType> types() {
    return LastScanNode.TYPES;
  }

  @Override
  public TsBlock next() {
    TsBlockBuilder builder = Blocks.builder(LastScanNode.TYPES, blockRows);
    List<LastTarget> targets = node.targets();
    while (builder.getPositionCount() < blockRows && nextTarget < targets.size()) {
      LastTarget target = targets.get(nextTarget++);
      Optional<LastPoint> point = reader.last(target.device(), target.measurement(), target.type());
      if (point.isPresent() && point.get().time() >= node.minTime()) {
        builder.getTimeColumnBuilder().writeLong(point.get().time());
        builder.getColumnBuilder(0).writeInt(target.index());
        builder
            .getColumnBuilder(1)
            .writeBinary(Texts.binary(ValueText.format(target.type(), point.get().value())));
        builder.declarePosition();
      }
    }
    return builder.isEmpty() ? null : builder.build();
  }

  @Override
  public void close() {
    nextTarget = node.targets().size();
  }
}
