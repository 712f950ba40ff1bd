package org.stratadb.query.exec.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.utils.Binary;
import org.stratadb.query.analyze.Expr;

/** IS NULL, IN, BETWEEN, LIKE and REGEXP. */
final class PredicateEvals {
  private PredicateEvals() {}

  static Eval isNull(Eval operand, boolean negated) {
    return new Eval(TSDataType.BOOLEAN) {
      @Override
      public Column eval(TsBlock block) {
        int n = block.getPositionCount();
        Column c = operand.eval(block);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
          out[i] = c.isNull(i) != negated;
        }
        return Vectors.booleanColumn(out, null);
      }
    };
  }

  static Eval in(Eval operand, List<Expr.Literal> values, boolean negated) {
    TSDataType type = operand.type();
    if (Vectors.isIntegral(type) || type == TSDataType.FLOAT || type == TSDataType.DOUBLE) {
      return new NumericIn(operand, values, negated);
    }
    Set<Object> set = new HashSet<>();
    for (Expr.Literal literal : values) {
      set.add(
          type == TSDataType.BOOLEAN ? literal.value() : Texts.binary(literal.value().toString()));
    }
    return new Eval(TSDataType.BOOLEAN) {
      @Override
      public Column eval(TsBlock block) {
        int n = block.getPositionCount();
        Column c = operand.eval(block);
        boolean[] nulls = Vectors.nulls(c, n);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
          if (nulls == null || !nulls[i]) {
            Object v = type == TSDataType.BOOLEAN ? (Object) c.getBoolean(i) : c.getBinary(i);
            out[i] = set.contains(v) != negated;
          }
        }
        return Vectors.booleanColumn(out, nulls);
      }
    };
  }

  private static final class NumericIn extends Eval {
    private final Eval operand;
    private final double[] constants;
    private final boolean negated;

    NumericIn(Eval operand, List<Expr.Literal> values, boolean negated) {
      super(TSDataType.BOOLEAN);
      this.operand = operand;
      this.negated = negated;
      this.constants = new double[values.size()];
      for (int i = 0; i < constants.length; i++) {
        double v = ((Number) values.get(i).value()).doubleValue();
        constants[i] = operand.type() == TSDataType.FLOAT ? (float) v : v;
      }
    }

    @Override
    public Column eval(TsBlock block) {
      int n = block.getPositionCount();
      Column c = operand.eval(block);
      boolean[] nulls = Vectors.nulls(c, n);
      double[] values = Vectors.doubles(c, operand.type(), n);
      boolean[] out = new boolean[n];
      for (int i = 0; i < n; i++) {
        boolean found = false;
        for (double constant : constants) {
          found |= values[i] == constant;
        }
        out[i] = found != negated;
      }
      return Vectors.booleanColumn(out, nulls);
    }
  }

  static Eval between(Eval operand, Eval low, Eval high, boolean negated) {
    Eval lower = new ComparisonEval(Expr.BinaryOp.GE, operand, low);
    Eval upper = new ComparisonEval(Expr.BinaryOp.LE, operand, high);
    Eval both = LogicalEval.of(Expr.BinaryOp.AND, lower, upper);
    return negated ? LogicalEval.not(both) : both;
  }

  static Eval match(Eval operand, String pattern, boolean regexp, boolean negated) {
    Pattern compiled = Pattern.compile(regexp ? pattern : likeToRegex(pattern), Pattern.DOTALL);
    return new Eval(TSDataType.BOOLEAN) {
      private final Matcher matcher = compiled.matcher("");

      @Override
      public Column eval(TsBlock block) {
        int n = block.getPositionCount();
        Column c = operand.eval(block);
        boolean[] nulls = Vectors.nulls(c, n);
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
          if (nulls == null || !nulls[i]) {
            Binary value = c.getBinary(i);
            matcher.reset(Texts.string(value));
            out[i] = (regexp ? matcher.find() : matcher.matches()) != negated;
          }
        }
        return Vectors.booleanColumn(out, nulls);
      }
    };
  }

  /** {@code %} is any run of characters, {@code _} one character, {@code \} escapes. */
  static String likeToRegex(String like) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char ch = like.charAt(i);
      if (ch == '\\' && i + 1 < like.length()) {
        regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
      } else if (ch == '%') {
        regex.append(".*");
      } else if (ch == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return regex.toString();
  }
}
