package org.stratadb.query.exec;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.TsBlockBuilder;
import org.stratadb.query.analyze.GroupByTime;
import org.stratadb.query.plan.AggregationMergeNode;
import org.stratadb.query.plan.PartialColumn;
import org.stratadb.storage.api.AggregationKind;

/** Runs an {@link AggregationMergeNode}: final aggregates from the partials of all regions. */
final class AggregationMergeOperator implements Operator {
  private final Operator[] children;
  private final Feed[][] feeds;
  private final AggState[] states;
  private final AggregationOutputs outputs;
  private final GroupByTime groupBy;
  private final List<TSDataType> types;
  private final TsBlockBuilder builder;
  private final int blockRows;
  private final TsBlock[] heads;
  private final int[] positions;
  private long nextWindow;
  private boolean done;

  /** The partial columns of one state in one child. */
  private record Feed(int state, int[] columns, AggregationKind[] kinds) {}

  AggregationMergeOperator(AggregationMergeNode node, List<Operator> children, int blockRows) {
    this.children = children.toArray(new Operator[0]);
    this.feeds = new Feed[this.children.length][];
    for (int c = 0; c < feeds.length; c++) {
      feeds[c] = feedsOf(node.childColumns().get(c), node.stateTypes().size());
    }
    this.states = AggregationOutputs.newStates(node.stateTypes());
    this.outputs = new AggregationOutputs(node.outputs());
    this.groupBy = node.groupBy();
    this.types = node.outputTypes();
    this.blockRows = blockRows;
    this.builder = Blocks.builder(types, blockRows);
    this.heads = new TsBlock[this.children.length];
    this.positions = new int[this.children.length];
  }

  private static Feed[] feedsOf(List<PartialColumn> columns, int stateCount) {
    List<Feed> out = new ArrayList<>();
    for (int s = 0; s < stateCount; s++) {
      List<Integer> mine = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c).state() == s) {
          mine.add(c);
        }
      }
      if (!mine.isEmpty()) {
        int[] cols = mine.stream().mapToInt(Integer::intValue).toArray();
        AggregationKind[] kinds = new AggregationKind[cols.length];
        for (int i = 0; i < cols.length; i++) {
          kinds[i] = columns.get(cols[i]).kind();
        }
        out.add(new Feed(s, cols, kinds));
      }
    }
    return out.toArray(new Feed[0]);
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
      window(Long.MIN_VALUE, true);
      outputs.writeRow(builder, 0, states);
      done = true;
    } else {
      long count = groupBy.windowCount();
      while (builder.getPositionCount() < blockRows && nextWindow < count) {
        long k = nextWindow++;
        window(groupBy.windowStart(k), false);
        outputs.writeRow(builder, groupBy.label(k), states);
      }
      done = nextWindow >= count;
    }
    if (done) {
      closeChildren();
    }
    return builder.isEmpty() ? null : builder.build();
  }

  /** Feeds the states with every child row keyed {@code key} (or every row, with {@code all}). */
  private void window(long key, boolean all) {
    for (AggState state : states) {
      state.reset();
    }
    for (int c = 0; c < children.length; c++) {
      while (refill(c)) {
        long t = heads[c].getTimeByIndex(positions[c]);
        if (!all && t > key) {
          break;
        }
        if (all || t == key) {
          Column[] columns = heads[c].getValueColumns();
          for (Feed feed : feeds[c]) {
            states[feed.state].addPartial(columns, feed.columns, feed.kinds, positions[c]);
          }
        }
        positions[c]++;
      }
    }
  }

  private boolean refill(int c) {
    while (children[c] != null
        && (heads[c] == null || positions[c] >= heads[c].getPositionCount())) {
      heads[c] = children[c].next();
      positions[c] = 0;
      if (heads[c] == null) {
        children[c].close();
        children[c] = null;
      }
    }
    return children[c] != null;
  }

  private void closeChildren() {
    for (int c = 0; c < children.length; c++) {
      if (children[c] != null) {
        children[c].close();
        children[c] = null;
      }
    }
  }

  @Override
  public void close() {
    done = true;
    closeChildren();
  }
}
