package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.query.sql.ast.expression.BetweenExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.BlobLiteral;
import org.stratadb.query.sql.ast.expression.BooleanLiteral;
import org.stratadb.query.sql.ast.expression.DoubleLiteral;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.ast.expression.ExpressionVisitor;
import org.stratadb.query.sql.ast.expression.FunctionCall;
import org.stratadb.query.sql.ast.expression.InExpression;
import org.stratadb.query.sql.ast.expression.IsNullExpression;
import org.stratadb.query.sql.ast.expression.LikeExpression;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.NullLiteral;
import org.stratadb.query.sql.ast.expression.RegexpExpression;
import org.stratadb.query.sql.ast.expression.StringLiteral;
import org.stratadb.query.sql.ast.expression.TimeColumn;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;
import org.stratadb.query.sql.ast.expression.UnaryExpression;

/**
 * Expands an AST expression over the FROM prefixes into every concrete expression it names: each
 * path operand becomes each series it matches (several operands give every combination), each
 * paired with the AST expression written with full paths, which names the result column.
 */
final class ExpressionExpander implements ExpressionVisitor<List<ExpressionExpander.Expanded>> {

  /** One concrete expression: the analyzed form and the AST form with full paths. */
  record Expanded(Expr expr, Expression ast) {}

  private final SeriesResolver resolver;
  private final List<PartialPath> from;

  ExpressionExpander(SeriesResolver resolver, List<PartialPath> from) {
    this.resolver = resolver;
    this.from = from;
  }

  List<Expanded> expand(Expression expression) {
    return expression.accept(this);
  }

  private static List<Expanded> one(Expr expr, Expression ast) {
    return List.of(new Expanded(expr, ast));
  }

  @Override
  public List<Expanded> visitLong(LongLiteral literal) {
    return one(Expr.Literal.of(literal.value()), literal);
  }

  @Override
  public List<Expanded> visitDouble(DoubleLiteral literal) {
    return one(Expr.Literal.of(literal.value()), literal);
  }

  @Override
  public List<Expanded> visitString(StringLiteral literal) {
    return one(Expr.Literal.of(literal.value()), literal);
  }

  @Override
  public List<Expanded> visitBoolean(BooleanLiteral literal) {
    return one(Expr.Literal.of(literal.value()), literal);
  }

  @Override
  public List<Expanded> visitNull(NullLiteral literal) {
    return one(new Expr.Literal(null, null), literal);
  }

  @Override
  public List<Expanded> visitBlob(BlobLiteral literal) {
    throw Exprs.semantic("blob constants cannot be compared yet: " + literal.text());
  }

  @Override
  public List<Expanded> visitTimeseries(TimeseriesOperand operand) {
    List<PartialPath> patterns = new ArrayList<>();
    if (operand.isFullPath()) {
      patterns.add(operand.path());
    } else {
      for (PartialPath prefix : from) {
        patterns.add(prefix.concat(operand.path()));
      }
    }
    List<Expanded> out = new ArrayList<>();
    for (PartialPath pattern : patterns) {
      for (Expr.Series series : resolver.resolve(pattern)) {
        out.add(new Expanded(series, new TimeseriesOperand(PartialPath.parse(series.display()))));
      }
    }
    return out;
  }

  @Override
  public List<Expanded> visitTime(TimeColumn time) {
    return one(new Expr.Time(), time);
  }

  @Override
  public List<Expanded> visitUnary(UnaryExpression expression) {
    Expr.UnaryOp op =
        expression.operator() == UnaryExpression.Operator.NOT
            ? Expr.UnaryOp.NOT
            : Expr.UnaryOp.NEGATE;
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      out.add(
          new Expanded(
              new Expr.Unary(op, operand.expr()),
              new UnaryExpression(expression.operator(), operand.ast())));
    }
    return out;
  }

  @Override
  public List<Expanded> visitBinary(BinaryExpression expression) {
    Expr.BinaryOp op = binaryOp(expression.operator());
    return combine(
        expand(expression.left()),
        expand(expression.right()),
        (l, r) ->
            new Expanded(
                new Expr.Binary(op, l.expr(), r.expr()),
                new BinaryExpression(expression.operator(), l.ast(), r.ast())));
  }

  static Expr.BinaryOp binaryOp(BinaryExpression.Operator operator) {
    return switch (operator) {
      case MULTIPLY -> Expr.BinaryOp.MUL;
      case DIVIDE -> Expr.BinaryOp.DIV;
      case MODULO -> Expr.BinaryOp.MOD;
      case ADD -> Expr.BinaryOp.ADD;
      case SUBTRACT -> Expr.BinaryOp.SUB;
      case EQUAL -> Expr.BinaryOp.EQ;
      case NOT_EQUAL -> Expr.BinaryOp.NE;
      case LESS_THAN -> Expr.BinaryOp.LT;
      case LESS_EQUAL -> Expr.BinaryOp.LE;
      case GREATER_THAN -> Expr.BinaryOp.GT;
      case GREATER_EQUAL -> Expr.BinaryOp.GE;
      case AND -> Expr.BinaryOp.AND;
      case OR -> Expr.BinaryOp.OR;
    };
  }

  private static List<Expanded> combine(
      List<Expanded> left, List<Expanded> right, BiFunction<Expanded, Expanded, Expanded> join) {
    List<Expanded> out = new ArrayList<>();
    for (Expanded l : left) {
      for (Expanded r : right) {
        out.add(join.apply(l, r));
      }
    }
    return out;
  }

  @Override
  public List<Expanded> visitFunctionCall(FunctionCall call) {
    AggregationFunction function =
        AggregationFunction.byName(call.name())
            .orElseThrow(() -> Exprs.semantic("Unknown function: " + call.name()));
    if (call.arguments().size() != 1 || !call.attributes().isEmpty()) {
      throw Exprs.semantic(
          "Aggregate function " + function.sqlName() + " takes exactly one series");
    }
    List<Expanded> out = new ArrayList<>();
    for (Expanded argument : expand(call.arguments().get(0))) {
      if (!(argument.expr() instanceof Expr.Series series)) {
        throw Exprs.semantic(
            "Aggregate function " + function.sqlName() + " applies to a series only");
      }
      Expr.Aggregate aggregate = new Expr.Aggregate(function, series);
      Exprs.typeOf(aggregate);
      out.add(
          new Expanded(
              aggregate,
              new FunctionCall(
                  function.sqlName().toLowerCase(Locale.ROOT), List.of(argument.ast()))));
    }
    return out;
  }

  @Override
  public List<Expanded> visitIn(InExpression expression) {
    List<Expr.Literal> values = new ArrayList<>();
    for (var literal : expression.values()) {
      Expr value = expand(literal).get(0).expr();
      values.add((Expr.Literal) value);
    }
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      out.add(
          new Expanded(
              new Expr.In(operand.expr(), values, expression.negated()),
              new InExpression(operand.ast(), expression.negated(), expression.values())));
    }
    return out;
  }

  @Override
  public List<Expanded> visitBetween(BetweenExpression expression) {
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      for (Expanded lower : expand(expression.lower())) {
        for (Expanded upper : expand(expression.upper())) {
          out.add(
              new Expanded(
                  new Expr.Between(
                      operand.expr(), lower.expr(), upper.expr(), expression.negated()),
                  new BetweenExpression(
                      operand.ast(), expression.negated(), lower.ast(), upper.ast())));
        }
      }
    }
    return out;
  }

  @Override
  public List<Expanded> visitIsNull(IsNullExpression expression) {
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      out.add(
          new Expanded(
              new Expr.IsNull(operand.expr(), expression.negated()),
              new IsNullExpression(operand.ast(), expression.negated())));
    }
    return out;
  }

  @Override
  public List<Expanded> visitLike(LikeExpression expression) {
    String pattern = likePattern(expression);
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      out.add(
          new Expanded(
              new Expr.Match(operand.expr(), pattern, false, expression.negated()),
              new LikeExpression(
                  operand.ast(), expression.negated(), expression.pattern(), expression.escape())));
    }
    return out;
  }

  /** The pattern with a custom escape character rewritten to the default {@code \}. */
  private static String likePattern(LikeExpression expression) {
    if (expression.escape().isEmpty() || expression.escape().get().equals("\\")) {
      return expression.pattern();
    }
    String escape = expression.escape().get();
    if (escape.length() != 1) {
      throw Exprs.semantic("the escape of LIKE must be one character: " + escape);
    }
    StringBuilder out = new StringBuilder();
    String p = expression.pattern();
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == escape.charAt(0) && i + 1 < p.length()) {
        out.append('\\').append(p.charAt(++i));
      } else if (ch == '\\') {
        out.append("\\\\");
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  @Override
  public List<Expanded> visitRegexp(RegexpExpression expression) {
    List<Expanded> out = new ArrayList<>();
    for (Expanded operand : expand(expression.operand())) {
      out.add(
          new Expanded(
              new Expr.Match(operand.expr(), expression.pattern(), true, expression.negated()),
              new RegexpExpression(operand.ast(), expression.negated(), expression.pattern())));
    }
    return out;
  }

  /** The series a concrete expression reads. */
  static List<SeriesSchema> seriesOf(Expr expr) {
    List<SeriesSchema> out = new ArrayList<>();
    Exprs.walk(
        expr,
        e -> {
          if (e instanceof Expr.Series s) {
            out.add(s.series());
          }
        });
    return out;
  }
}
