package org.stratadb.query.sql.internal;

import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.expression.BetweenExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression.Operator;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.TimeColumn;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;

/**
 * The time range {@code [start, end]} (both included) a DELETE's WHERE clause selects. Only time
 * comparisons with constants ({@code time > 5}, {@code 5 <= time}, {@code time = 5}, {@code time
 * BETWEEN a AND b}) joined by AND are allowed, as in IoTDB.
 */
record DeleteTimeRange(long start, long end) {
  static final String RANGE_ERROR =
      "For delete statement, where clause can only contain atomic expressions like : "
          + "time > XXX, time <= XXX, or two atomic expressions connected by 'AND'";
  static final String VALUE_FILTER_ERROR =
      "For delete statement, where clause can only contain time expressions, "
          + "value filter is not currently supported.";

  private static final DeleteTimeRange ALL = new DeleteTimeRange(Long.MIN_VALUE, Long.MAX_VALUE);

  static DeleteTimeRange of(Expression where) {
    DeleteTimeRange range = ALL.intersect(where);
    if (range.start > range.end) {
      throw new SqlSemanticException(
          "The time range of the delete statement is empty: start time "
              + range.start
              + " is after end time "
              + range.end);
    }
    return range;
  }

  private DeleteTimeRange intersect(Expression where) {
    if (where instanceof BinaryExpression binary && binary.operator() == Operator.AND) {
      return intersect(binary.left()).intersect(binary.right());
    }
    if (where instanceof BetweenExpression between
        && !between.negated()
        && between.operand() instanceof TimeColumn) {
      return narrow(Operator.GREATER_EQUAL, constant(between.lower()))
          .narrow(Operator.LESS_EQUAL, constant(between.upper()));
    }
    if (where instanceof BinaryExpression binary
        && binary.operator().kind() == BinaryExpression.Kind.COMPARISON) {
      if (binary.left() instanceof TimeColumn) {
        return narrow(binary.operator(), constant(binary.right()));
      }
      if (binary.right() instanceof TimeColumn) {
        return narrow(binary.operator().mirrored(), constant(binary.left()));
      }
    }
    throw new SqlSemanticException(mentionsSeries(where) ? VALUE_FILTER_ERROR : RANGE_ERROR);
  }

  private static long constant(Expression expression) {
    if (expression instanceof LongLiteral literal) {
      return literal.value();
    }
    throw new SqlSemanticException(mentionsSeries(expression) ? VALUE_FILTER_ERROR : RANGE_ERROR);
  }

  private DeleteTimeRange narrow(Operator op, long value) {
    switch (op) {
      case GREATER_THAN:
        return value == Long.MAX_VALUE
            ? new DeleteTimeRange(Long.MAX_VALUE, Long.MIN_VALUE)
            : new DeleteTimeRange(Math.max(start, value + 1), end);
      case GREATER_EQUAL:
        return new DeleteTimeRange(Math.max(start, value), end);
      case LESS_THAN:
        return value == Long.MIN_VALUE
            ? new DeleteTimeRange(Long.MAX_VALUE, Long.MIN_VALUE)
            : new DeleteTimeRange(start, Math.min(end, value - 1));
      case LESS_EQUAL:
        return new DeleteTimeRange(start, Math.min(end, value));
      case EQUAL:
        return new DeleteTimeRange(Math.max(start, value), Math.min(end, value));
      default:
        throw new SqlSemanticException(RANGE_ERROR);
    }
  }

  private static boolean mentionsSeries(Expression expression) {
    if (expression instanceof TimeseriesOperand) {
      return true;
    }
    if (expression instanceof BinaryExpression binary) {
      return mentionsSeries(binary.left()) || mentionsSeries(binary.right());
    }
    if (expression instanceof BetweenExpression between) {
      return mentionsSeries(between.operand());
    }
    return false;
  }
}
