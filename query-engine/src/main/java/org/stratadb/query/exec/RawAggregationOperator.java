package org.stratadb.query.exec;

import java.util.ArrayDeque;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.query.plan.RawAggregationNode;

/**
 * Runs a {@link RawAggregationNode}: aggregates the raw, time-ordered rows of its child point by
 * point, in windows that may overlap (a point then feeds each window holding it). Windows are
 * emitted once no later row can reach them; empty windows are emitted too.
 */
final class RawAggregationOperator implements Operator {
  private final Operator child;
  private final int[] stateColumns;
  private final List<TSDataType> stateTypes;
  private final AggregationOutputs outputs;
  private final GroupByTime groupBy;
  private final List<TSDataType> types;
  private final TsBlockBuilder builder;
  private final int blockRows;
  private final ArrayDeque<Window> open = new ArrayDeque<>();
  private final ArrayDeque<AggState[]> pool = new ArrayDeque<>();
  private final AggState[] empty;
  private TsBlock block;
  private int position;
  private boolean inputDone;
  private long nextEmit;
  private boolean done;

  private static final class Window {
    final long k;
    final AggState[] states;

    Window(long k, AggState[] states) {
      this.k = k;
      this.states = states;
    }
  }

  RawAggregationOperator(RawAggregationNode node, Operator child, int blockRows) {
    this.child = child;
    this.stateColumns = node.stateColumns().stream().mapToInt(Integer::intValue).toArray();
    this.stateTypes = node.stateTypes();
    this.outputs = new AggregationOutputs(node.outputs());
    this.groupBy = node.groupBy();
    this.types = node.outputTypes();
    this.blockRows = blockRows;
    this.builder = Blocks.builder(types, blockRows);
    this.empty = AggregationOutputs.newStates(stateTypes);
  }

  @Override
  public List<TSDataType> types() {
    return types;
  }

  @Override
  public TsBlock next() {
    if (done || types.isEmpty()) {
      return null;
    }
    builder.reset();
    if (groupBy == null) {
      AggState[] all = AggregationOutputs.newStates(stateTypes);
      while (refill()) {
        feed(all, block.getTimeByIndex(position));
        position++;
      }
      outputs.writeRow(builder, 0, all);
      done = true;
    } else {
      fillWindows();
    }
    return builder.isEmpty() ? null : builder.build();
  }

  private void fillWindows() {
    long count = groupBy.windowCount();
    while (builder.getPositionCount() < blockRows && nextEmit < count) {
      if (!refill()) {
        emit(nextEmit++);
        continue;
      }
      long t = block.getTimeByIndex(position);
      if (t < groupBy.start() || t >= groupBy.end()) {
        position++;
        continue;
      }
      long first = groupBy.firstWindowReaching(t);
      if (nextEmit < first) {
        emit(nextEmit++);
        continue;
      }
      long last = groupBy.lastWindowStartingBy(t);
      for (long k = Math.max(first, nextEmit); k <= last; k++) {
        feed(window(k), t);
      }
      position++;
    }
    done = nextEmit >= count;
    if (done) {
      child.close();
    }
  }

  private void feed(AggState[] states, long time) {
    for (int s = 0; s < states.length; s++) {
      Column column = block.getColumn(stateColumns[s]);
      if (!column.isNull(position)) {
        states[s].addPoint(time, column, position);
      }
    }
  }

  /** The states of window {@code k}, opened now if no row reached it yet. */
  private AggState[] window(long k) {
    for (Window w : open) {
      if (w.k == k) {
        return w.states;
      }
    }
    AggState[] states = pool.isEmpty() ? AggregationOutputs.newStates(stateTypes) : pool.pop();
    open.addLast(new Window(k, states));
    return states;
  }

  private void emit(long k) {
    Window head = open.peekFirst();
    if (head != null && head.k == k) {
      open.pollFirst();
      outputs.writeRow(builder, groupBy.label(k), head.states);
      for (AggState state : head.states) {
        state.reset();
      }
      pool.push(head.states);
    } else {
      outputs.writeRow(builder, groupBy.label(k), empty);
    }
  }

  private boolean refill() {
    while (!inputDone && (block == null || position >= block.getPositionCount())) {
      block = child.next();
      position = 0;
      if (block == null) {
        inputDone = true;
        child.close();
      }
    }
    return !inputDone;
  }

  @Override
  public void close() {
    done = true;
    child.close();
  }
}
