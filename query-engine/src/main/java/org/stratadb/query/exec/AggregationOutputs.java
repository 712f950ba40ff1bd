package org.stratadb.query.exec;

import java.util.List;
import org.apache.tsfile.block.column.ColumnBuilder;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.stratadb.query.analyze.AggregationFunction;
import org.stratadb.query.plan.AggregationOutput;

/** Writes output rows of aggregations from per-series states. */
final class AggregationOutputs {
  private final int[] stateOf;
  private final AggregationFunction[] functions;

  AggregationOutputs(List<AggregationOutput> outputs) {
    stateOf = new int[outputs.size()];
    functions = new AggregationFunction[outputs.size()];
    for (int i = 0; i < stateOf.length; i++) {
      stateOf[i] = outputs.get(i).state();
      functions[i] = outputs.get(i).function();
    }
  }

  static AggState[] newStates(List<TSDataType> stateTypes) {
    AggState[] states = new AggState[stateTypes.size()];
    for (int s = 0; s < states.length; s++) {
      states[s] = new AggState(stateTypes.get(s));
    }
    return states;
  }

  /** Appends one row at {@code time} with the final values of {@code states}. */
  void writeRow(TsBlockBuilder builder, long time, AggState[] states) {
    builder.getTimeColumnBuilder().writeLong(time);
    ColumnBuilder[] columns = builder.getValueColumnBuilders();
    for (int o = 0; o < columns.length; o++) {
      states[stateOf[o]].write(functions[o], columns[o]);
    }
    builder.declarePosition();
  }
}
