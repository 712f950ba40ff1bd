package org.stratadb.query.exec.eval;

import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.analyze.Expr;

/** AND, OR and NOT in SQL's three-valued logic: unknown (null) unless the known side decides. */
final class LogicalEval extends Eval {
  private final boolean and;
  private final Eval left;
  private final Eval right;

  private LogicalEval(boolean and, Eval left, Eval right) {
    super(TSDataType.BOOLEAN);
    this.and = and;
    this.left = left;
    this.right = right;
  }

  static Eval of(Expr.BinaryOp op, Eval left, Eval right) {
    return new LogicalEval(op == Expr.BinaryOp.AND, left, right);
  }

  static Eval not(Eval operand) {
    return new Not(operand);
  }

  @Override
  public Column eval(TsBlock block) {
    int n = block.getPositionCount();
    Column l = left.eval(block);
    Column r = right.eval(block);
    boolean[] nulls = new boolean[n];
    boolean[] out = new boolean[n];
    boolean anyNull = false;
    for (int i = 0; i < n; i++) {
      boolean ln = l.isNull(i);
      boolean rn = r.isNull(i);
      boolean lv = !ln && l.getBoolean(i);
      boolean rv = !rn && r.getBoolean(i);
      if (and) {
        // false wins over unknown
        boolean decidedFalse = (!ln && !lv) || (!rn && !rv);
        out[i] = !decidedFalse && lv && rv;
        nulls[i] = !decidedFalse && (ln || rn);
      } else {
        boolean decidedTrue = lv || rv;
        out[i] = decidedTrue;
        nulls[i] = !decidedTrue && (ln || rn);
      }
      anyNull |= nulls[i];
    }
    return Vectors.booleanColumn(out, anyNull ? nulls : null);
  }

  private static final class Not extends Eval {
    private final Eval operand;

    Not(Eval operand) {
      super(TSDataType.BOOLEAN);
      this.operand = operand;
    }

    @Override
    public Column eval(TsBlock block) {
      int n = block.getPositionCount();
      Column c = operand.eval(block);
      boolean[] nulls = Vectors.nulls(c, n);
      boolean[] out = new boolean[n];
      for (int i = 0; i < n; i++) {
        out[i] = (nulls == null || !nulls[i]) && !c.getBoolean(i);
      }
      return Vectors.booleanColumn(out, nulls);
    }
  }
}
