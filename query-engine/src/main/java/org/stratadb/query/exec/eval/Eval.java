package org.stratadb.query.exec.eval;

import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;

/**
 * A compiled expression: computes one column for all rows of a block at once. Values of a row whose
 * inputs are null are null (three-valued logic for AND, OR and NOT). Compile with {@link
 * Evaluators#compile}.
 */
public abstract class Eval {
  private final TSDataType type;

  protected Eval(TSDataType type) {
    this.type = type;
  }

  public final TSDataType type() {
    return type;
  }

  /** The expression's values for every row of {@code block}, one per position. */
  public abstract Column eval(TsBlock block);
}
