package org.stratadb.query.sql.ast.expression;

/** One method per kind of {@link Expression}. */
public interface ExpressionVisitor<R> {
  R visitLong(LongLiteral literal);

  R visitDouble(DoubleLiteral literal);

  R visitString(StringLiteral literal);

  R visitBoolean(BooleanLiteral literal);

  R visitNull(NullLiteral literal);

  R visitBlob(BlobLiteral literal);

  R visitTimeseries(TimeseriesOperand operand);

  R visitTime(TimeColumn time);

  R visitUnary(UnaryExpression expression);

  R visitBinary(BinaryExpression expression);

  R visitFunctionCall(FunctionCall call);

  R visitIn(InExpression expression);

  R visitBetween(BetweenExpression expression);

  R visitIsNull(IsNullExpression expression);

  R visitLike(LikeExpression expression);

  R visitRegexp(RegexpExpression expression);
}
