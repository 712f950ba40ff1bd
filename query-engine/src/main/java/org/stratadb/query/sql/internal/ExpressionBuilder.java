package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.expression.BetweenExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression.Operator;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.ast.expression.FunctionCall;
import org.stratadb.query.sql.ast.expression.InExpression;
import org.stratadb.query.sql.ast.expression.IsNullExpression;
import org.stratadb.query.sql.ast.expression.LikeExpression;
import org.stratadb.query.sql.ast.expression.Literal;
import org.stratadb.query.sql.ast.expression.RegexpExpression;
import org.stratadb.query.sql.ast.expression.StringLiteral;
import org.stratadb.query.sql.ast.expression.TimeColumn;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;
import org.stratadb.query.sql.ast.expression.UnaryExpression;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.grammar.StrataSqlParser.AdditiveContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.AndExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.BetweenPredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ComparisonPredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ConstantContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ConstantPrimaryContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.FunctionCallContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.InPredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.IsNullPredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.LikePredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.MultiplicativeContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.NotExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.OrExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ParenthesizedContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PathPrimaryContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PredicatedExpressionContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PrimaryValueContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.RegexpPredicateContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.TimePrimaryContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.UnaryArithmeticContext;
import org.stratadb.query.sql.grammar.StrataSqlParserBaseVisitor;

/** Builds {@link Expression} trees from the grammar's expression rules. */
final class ExpressionBuilder extends StrataSqlParserBaseVisitor<Expression> {
  private final Literals literals;

  ExpressionBuilder(Literals literals) {
    this.literals = literals;
  }

  Expression build(ExpressionContext ctx) {
    return visit(ctx);
  }

  Optional<Expression> build(Optional<ExpressionContext> ctx) {
    return ctx.map(this::build);
  }

  // ---- Boolean structure ----

  @Override
  public Expression visitPredicatedExpression(PredicatedExpressionContext ctx) {
    Expression operand = visit(ctx.operand);
    PredicateContext predicate = ctx.predicate();
    return predicate == null ? operand : predicate(operand, predicate);
  }

  @Override
  public Expression visitNotExpression(NotExpressionContext ctx) {
    return new UnaryExpression(UnaryExpression.Operator.NOT, visit(ctx.operand));
  }

  @Override
  public Expression visitAndExpression(AndExpressionContext ctx) {
    return new BinaryExpression(Operator.AND, visit(ctx.left), visit(ctx.right));
  }

  @Override
  public Expression visitOrExpression(OrExpressionContext ctx) {
    return new BinaryExpression(Operator.OR, visit(ctx.left), visit(ctx.right));
  }

  private Expression predicate(Expression operand, PredicateContext ctx) {
    if (ctx instanceof ComparisonPredicateContext c) {
      return new BinaryExpression(comparison(c.op.getType()), operand, visit(c.right));
    }
    if (ctx instanceof BetweenPredicateContext b) {
      return new BetweenExpression(operand, b.NOT() != null, visit(b.lower), visit(b.upper));
    }
    if (ctx instanceof InPredicateContext in) {
      List<Literal> values = new ArrayList<>();
      for (ConstantContext constant : in.constant()) {
        values.add(literals.constant(constant));
      }
      return new InExpression(operand, in.NOT() != null, values);
    }
    if (ctx instanceof IsNullPredicateContext isNull) {
      return new IsNullExpression(operand, isNull.NOT() != null);
    }
    if (ctx instanceof LikePredicateContext like) {
      Optional<String> escape =
          Optional.ofNullable(like.escape).map(token -> Names.unquote(token.getText()));
      return new LikeExpression(
          operand, like.NOT() != null, Names.unquote(like.pattern.getText()), escape);
    }
    RegexpPredicateContext regexp = (RegexpPredicateContext) ctx;
    return new RegexpExpression(
        operand, regexp.NOT() != null, Names.unquote(regexp.pattern.getText()));
  }

  private static Operator comparison(int tokenType) {
    switch (tokenType) {
      case StrataSqlParser.OPERATOR_GT:
        return Operator.GREATER_THAN;
      case StrataSqlParser.OPERATOR_GTE:
        return Operator.GREATER_EQUAL;
      case StrataSqlParser.OPERATOR_LT:
        return Operator.LESS_THAN;
      case StrataSqlParser.OPERATOR_LTE:
        return Operator.LESS_EQUAL;
      case StrataSqlParser.OPERATOR_NEQ:
        return Operator.NOT_EQUAL;
      default:
        return Operator.EQUAL;
    }
  }

  // ---- Arithmetic ----

  @Override
  public Expression visitPrimaryValue(PrimaryValueContext ctx) {
    return visit(ctx.primaryExpression());
  }

  @Override
  public Expression visitUnaryArithmetic(UnaryArithmeticContext ctx) {
    Expression operand = visit(ctx.operand);
    if (ctx.op.getType() == StrataSqlParser.PLUS) {
      return operand;
    }
    return new UnaryExpression(UnaryExpression.Operator.NEGATE, operand);
  }

  @Override
  public Expression visitMultiplicative(MultiplicativeContext ctx) {
    Operator op;
    switch (ctx.op.getType()) {
      case StrataSqlParser.STAR:
        op = Operator.MULTIPLY;
        break;
      case StrataSqlParser.DIV:
        op = Operator.DIVIDE;
        break;
      default:
        op = Operator.MODULO;
    }
    return new BinaryExpression(op, visit(ctx.left), visit(ctx.right));
  }

  @Override
  public Expression visitAdditive(AdditiveContext ctx) {
    Operator op = ctx.op.getType() == StrataSqlParser.PLUS ? Operator.ADD : Operator.SUBTRACT;
    return new BinaryExpression(op, visit(ctx.left), visit(ctx.right));
  }

  // ---- Primaries ----

  @Override
  public Expression visitParenthesized(ParenthesizedContext ctx) {
    return visit(ctx.expression());
  }

  @Override
  public Expression visitConstantPrimary(ConstantPrimaryContext ctx) {
    return literals.constant(ctx.constant());
  }

  @Override
  public Expression visitTimePrimary(TimePrimaryContext ctx) {
    return TimeColumn.INSTANCE;
  }

  @Override
  public Expression visitPathPrimary(PathPrimaryContext ctx) {
    return new TimeseriesOperand(Names.pathInExpression(ctx.fullPathInExpression()));
  }

  /**
   * A function call. Trailing arguments of the form {@code 'key'='value'} are the function's
   * attributes; an expression argument may not follow them.
   */
  @Override
  public Expression visitFunctionCall(FunctionCallContext ctx) {
    String name = Names.identifier(ctx.functionName().identifier());
    List<Expression> arguments = new ArrayList<>();
    Map<String, String> attributes = new LinkedHashMap<>();
    for (ExpressionContext argument : ctx.expression()) {
      Expression built = visit(argument);
      if (isAttribute(built)) {
        BinaryExpression pair = (BinaryExpression) built;
        attributes.put(((StringLiteral) pair.left()).value(), ((Literal) pair.right()).text());
      } else if (!attributes.isEmpty()) {
        throw new SqlSemanticException(
            "Function " + name + ": attributes must follow the expression arguments");
      } else {
        arguments.add(built);
      }
    }
    if (arguments.isEmpty()) {
      throw new SqlSemanticException("Function " + name + " needs at least one input");
    }
    return new FunctionCall(name, arguments, attributes);
  }

  private static boolean isAttribute(Expression argument) {
    return argument instanceof BinaryExpression pair
        && pair.operator() == Operator.EQUAL
        && pair.left() instanceof StringLiteral
        && pair.right() instanceof Literal;
  }
}
