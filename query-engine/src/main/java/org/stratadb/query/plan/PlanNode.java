package org.stratadb.query.plan;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * A node of a physical plan: plain data describing an operator, so that a fragment can later be
 * shipped to the DataNode that holds its region. Every node produces TsBlocks whose value columns
 * have {@link #outputTypes()}.
 */
public interface PlanNode {

  List<TSDataType> outputTypes();

  /** The nodes this one reads; none for leaves and exchanges. */
  List<PlanNode> children();
}
