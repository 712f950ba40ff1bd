package org.stratadb.query.exec.eval;

import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.BinaryColumn;
import org.apache.tsfile.read.common.block.column.BooleanColumn;
import org.apache.tsfile.read.common.block.column.DoubleColumn;
import org.apache.tsfile.read.common.block.column.LongColumn;
import org.apache.tsfile.read.common.block.column.RunLengthEncodedColumn;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.analyze.Expr;
import org.stratadb.query.analyze.Exprs;

/** Compiles bound expressions (series replaced by {@link Expr.Column}s) into {@link Eval}s. */
public final class Evaluators {
  private Evaluators() {}

  /**
   * Compiles an expression whose series are bound to input columns.
   *
   * @throws IllegalArgumentException for an unbound series or an aggregate
   */
  public static Eval compile(Expr expr) {
    TSDataType type = Exprs.typeOf(expr);
    if (expr instanceof Expr.Column c) {
      return new InputEval(c.index(), c.type());
    } else if (expr instanceof Expr.Time) {
      return new TimeEval();
    } else if (expr instanceof Expr.Literal l) {
      return new LiteralEval(l, type);
    } else if (expr instanceof Expr.Unary u) {
      return u.op() == Expr.UnaryOp.NOT
          ? LogicalEval.not(compile(u.operand()))
          : ArithmeticEval.negate(compile(u.operand()));
    } else if (expr instanceof Expr.Binary b) {
      Eval left = compile(b.left());
      Eval right = compile(b.right());
      if (b.op().isArithmetic()) {
        return new ArithmeticEval(b.op(), left, right);
      }
      if (b.op().isLogical()) {
        return LogicalEval.of(b.op(), left, right);
      }
      return new ComparisonEval(b.op(), left, right);
    } else if (expr instanceof Expr.IsNull n) {
      return PredicateEvals.isNull(compile(n.operand()), n.negated());
    } else if (expr instanceof Expr.In in) {
      return PredicateEvals.in(compile(in.operand()), in.values(), in.negated());
    } else if (expr instanceof Expr.Between b) {
      return PredicateEvals.between(
          compile(b.operand()), compile(b.low()), compile(b.high()), b.negated());
    } else if (expr instanceof Expr.Match m) {
      return PredicateEvals.match(compile(m.operand()), m.pattern(), m.regexp(), m.negated());
    }
    throw new IllegalArgumentException("cannot evaluate " + Exprs.text(expr));
  }

  private static final class InputEval extends Eval {
    private final int index;

    InputEval(int index, TSDataType type) {
      super(type);
      this.index = index;
    }

    @Override
    public Column eval(TsBlock block) {
      return block.getColumn(index);
    }
  }

  private static final class TimeEval extends Eval {
    TimeEval() {
      super(TSDataType.INT64);
    }

    @Override
    public Column eval(TsBlock block) {
      return block.getTimeColumn();
    }
  }

  private static final class LiteralEval extends Eval {
    private final Column single;

    LiteralEval(Expr.Literal literal, TSDataType type) {
      super(type);
      this.single = singleValue(literal.value(), type);
    }

    private static Column singleValue(Object value, TSDataType type) {
      Optional<boolean[]> nulls =
          value == null ? Optional.of(new boolean[] {true}) : Optional.empty();
      if (value == null) {
        return new BooleanColumn(1, nulls, new boolean[1]);
      }
      switch (type) {
        case BOOLEAN:
          return new BooleanColumn(1, nulls, new boolean[] {(Boolean) value});
        case INT64:
          return new LongColumn(1, nulls, new long[] {((Number) value).longValue()});
        case DOUBLE:
          return new DoubleColumn(1, nulls, new double[] {((Number) value).doubleValue()});
        default:
          return new BinaryColumn(1, nulls, new Binary[] {Texts.binary(value.toString())});
      }
    }

    @Override
    public Column eval(TsBlock block) {
      return new RunLengthEncodedColumn(single, block.getPositionCount());
    }
  }
}
