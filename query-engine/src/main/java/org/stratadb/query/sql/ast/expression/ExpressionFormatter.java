package org.stratadb.query.sql.ast.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders an expression the way IoTDB names a result column: binary operators with spaces around
 * them, {@code AND}/{@code OR} as {@code &}/{@code |}, and an operand in parentheses only when it
 * binds more loosely than its parent.
 */
final class ExpressionFormatter implements ExpressionVisitor<String> {
  private static final ExpressionFormatter INSTANCE = new ExpressionFormatter();

  private static final int LEAF = 100;
  private static final int UNARY = 90;
  private static final int MULTIPLICATIVE = 80;
  private static final int ADDITIVE = 70;
  private static final int COMPARISON = 60;
  private static final int PREDICATE = 50;
  private static final int AND = 30;
  private static final int OR = 20;

  private ExpressionFormatter() {}

  static String format(Expression expression) {
    return expression.accept(INSTANCE);
  }

  private static int priority(Expression expression) {
    if (expression instanceof UnaryExpression) {
      return UNARY;
    }
    if (expression instanceof BinaryExpression binary) {
      return priority(binary.operator());
    }
    if (expression instanceof InExpression
        || expression instanceof BetweenExpression
        || expression instanceof IsNullExpression
        || expression instanceof LikeExpression
        || expression instanceof RegexpExpression) {
      return PREDICATE;
    }
    return LEAF;
  }

  private static int priority(BinaryExpression.Operator operator) {
    switch (operator) {
      case MULTIPLY:
      case DIVIDE:
      case MODULO:
        return MULTIPLICATIVE;
      case ADD:
      case SUBTRACT:
        return ADDITIVE;
      case AND:
        return AND;
      case OR:
        return OR;
      default:
        return COMPARISON;
    }
  }

  private String operand(Expression operand, int parentPriority) {
    String text = operand.accept(this);
    return priority(operand) < parentPriority ? "(" + text + ")" : text;
  }

  @Override
  public String visitLong(LongLiteral literal) {
    return Long.toString(literal.value());
  }

  @Override
  public String visitDouble(DoubleLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitString(StringLiteral literal) {
    return "'" + literal.value().replace("'", "''") + "'";
  }

  @Override
  public String visitBoolean(BooleanLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitNull(NullLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitBlob(BlobLiteral literal) {
    return literal.text();
  }

  @Override
  public String visitTimeseries(TimeseriesOperand operand) {
    return operand.path().toString();
  }

  @Override
  public String visitTime(TimeColumn time) {
    return "Time";
  }

  @Override
  public String visitUnary(UnaryExpression expression) {
    return expression.operator().symbol() + operand(expression.operand(), LEAF);
  }

  @Override
  public String visitBinary(BinaryExpression expression) {
    int own = priority(expression.operator());
    return operand(expression.left(), own)
        + " "
        + expression.operator().symbol()
        + " "
        + operand(expression.right(), own);
  }

  @Override
  public String visitFunctionCall(FunctionCall call) {
    List<String> parts = new ArrayList<>();
    for (Expression argument : call.arguments()) {
      parts.add(argument.accept(this));
    }
    for (Map.Entry<String, String> attribute : call.attributes().entrySet()) {
      parts.add("\"" + attribute.getKey() + "\"=\"" + attribute.getValue() + "\"");
    }
    return call.name() + "(" + String.join(", ", parts) + ")";
  }

  @Override
  public String visitIn(InExpression expression) {
    List<String> values = new ArrayList<>();
    for (Literal value : expression.values()) {
      values.add(value.accept(this));
    }
    return operand(expression.operand(), PREDICATE + 1)
        + (expression.negated() ? " NOT IN (" : " IN (")
        + String.join(", ", values)
        + ")";
  }

  @Override
  public String visitBetween(BetweenExpression expression) {
    return operand(expression.operand(), PREDICATE + 1)
        + (expression.negated() ? " NOT BETWEEN " : " BETWEEN ")
        + operand(expression.lower(), PREDICATE + 1)
        + " AND "
        + operand(expression.upper(), PREDICATE + 1);
  }

  @Override
  public String visitIsNull(IsNullExpression expression) {
    return operand(expression.operand(), PREDICATE + 1)
        + (expression.negated() ? " IS NOT NULL" : " IS NULL");
  }

  @Override
  public String visitLike(LikeExpression expression) {
    String escape = expression.escape().map(e -> " ESCAPE '" + e + "'").orElse("");
    return operand(expression.operand(), PREDICATE + 1)
        + (expression.negated() ? " NOT LIKE '" : " LIKE '")
        + expression.pattern()
        + "'"
        + escape;
  }

  @Override
  public String visitRegexp(RegexpExpression expression) {
    return operand(expression.operand(), PREDICATE + 1)
        + (expression.negated() ? " NOT REGEXP '" : " REGEXP '")
        + expression.pattern()
        + "'";
  }
}
