package org.stratadb.query.exec.eval;

import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.query.analyze.Expr;

/**
 * {@code = != < <= > >=}: integers compare exactly as longs, other numbers as doubles, text by
 * bytes, booleans with false before true. A NaN compares unequal to everything.
 */
final class ComparisonEval extends Eval {
  private final Expr.BinaryOp op;
  private final Eval left;
  private final Eval right;

  ComparisonEval(Expr.BinaryOp op, Eval left, Eval right) {
    super(TSDataType.BOOLEAN);
    this.op = op;
    this.left = left;
    this.right = right;
  }

  @Override
  public Column eval(TsBlock block) {
    int n = block.getPositionCount();
    Column l = left.eval(block);
    Column r = right.eval(block);
    boolean[] nulls = Vectors.union(Vectors.nulls(l, n), Vectors.nulls(r, n));
    boolean[] out = new boolean[n];
    TSDataType lt = left.type();
    TSDataType rt = right.type();
    if (Vectors.isIntegral(lt) && Vectors.isIntegral(rt)) {
      long[] a = Vectors.longs(l, lt, n);
      long[] b = Vectors.longs(r, rt, n);
      for (int i = 0; i < n; i++) {
        out[i] = test(Long.compare(a[i], b[i]));
      }
    } else if (lt == TSDataType.BOOLEAN) {
      for (int i = 0; i < n; i++) {
        if (nulls == null || !nulls[i]) {
          out[i] = test(Boolean.compare(l.getBoolean(i), r.getBoolean(i)));
        }
      }
    } else if (Vectors.isIntegral(lt) || lt == TSDataType.FLOAT || lt == TSDataType.DOUBLE) {
      double[] a = Vectors.doubles(l, lt, n);
      double[] b = Vectors.doubles(r, rt, n);
      for (int i = 0; i < n; i++) {
        out[i] = compareDoubles(a[i], b[i]);
      }
    } else {
      for (int i = 0; i < n; i++) {
        if (nulls == null || !nulls[i]) {
          out[i] = test(l.getBinary(i).compareTo(r.getBinary(i)));
        }
      }
    }
    return Vectors.booleanColumn(out, nulls);
  }

  private boolean compareDoubles(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return op == Expr.BinaryOp.NE;
    }
    return test(Double.compare(a, b) == 0 ? 0 : a < b ? -1 : 1);
  }

  private boolean test(int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      default -> cmp >= 0;
    };
  }
}
