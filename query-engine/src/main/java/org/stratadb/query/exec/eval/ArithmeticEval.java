package org.stratadb.query.exec.eval;

import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.LongColumn;
import org.stratadb.query.analyze.Expr;

/** {@code + - * / %} over numeric operands, computed in doubles; and unary minus. */
final class ArithmeticEval extends Eval {
  private final Expr.BinaryOp op;
  private final Eval left;
  private final Eval right;

  ArithmeticEval(Expr.BinaryOp op, Eval left, Eval right) {
    super(TSDataType.DOUBLE);
    this.op = op;
    this.left = left;
    this.right = right;
  }

  @Override
  public Column eval(TsBlock block) {
    int n = block.getPositionCount();
    Column l = left.eval(block);
    Column r = right.eval(block);
    double[] a = Vectors.doubles(l, left.type(), n);
    double[] b = Vectors.doubles(r, right.type(), n);
    double[] out = new double[n];
    switch (op) {
      case ADD -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] + b[i];
        }
      }
      case SUB -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] - b[i];
        }
      }
      case MUL -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] * b[i];
        }
      }
      case DIV -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] / b[i];
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          out[i] = a[i] % b[i];
        }
      }
    }
    return Vectors.doubleColumn(out, Vectors.union(Vectors.nulls(l, n), Vectors.nulls(r, n)));
  }

  static Eval negate(Eval operand) {
    return new Negate(operand);
  }

  private static final class Negate extends Eval {
    private final Eval operand;

    Negate(Eval operand) {
      super(operand.type());
      this.operand = operand;
    }

    @Override
    public Column eval(TsBlock block) {
      int n = block.getPositionCount();
      Column c = operand.eval(block);
      boolean[] nulls = Vectors.nulls(c, n);
      TSDataType type = type();
      if (type == TSDataType.INT32 || type == TSDataType.DATE) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
          out[i] = nulls != null && nulls[i] ? 0 : -c.getInt(i);
        }
        return new IntColumn(n, Optional.ofNullable(nulls), out, type);
      }
      if (Vectors.isIntegral(type)) {
        long[] values = Vectors.longs(c, type, n);
        for (int i = 0; i < n; i++) {
          values[i] = -values[i];
        }
        return new LongColumn(n, Optional.ofNullable(nulls), values);
      }
      double[] values = Vectors.doubles(c, type, n);
      for (int i = 0; i < n; i++) {
        values[i] = -values[i];
      }
      return Vectors.numericColumn(type, values, nulls);
    }
  }
}
