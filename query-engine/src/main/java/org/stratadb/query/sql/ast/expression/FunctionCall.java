package org.stratadb.query.sql.ast.expression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A function applied to arguments: an aggregation such as {@code count(s1)} or {@code
 * max_value(s1)}, or a scalar function. {@code count(*)} has one argument, the operand {@code *}.
 *
 * @param name the name as written (case kept); compare with {@link #is}
 * @param arguments the expression arguments, at least one
 * @param attributes trailing {@code 'key'='value'} arguments, in order, as in {@code top_k(s1,
 *     'k'='2')}
 */
public record FunctionCall(String name, List<Expression> arguments, Map<String, String> attributes)
    implements Expression {
  public FunctionCall {
    Objects.requireNonNull(name, "name");
    arguments = List.copyOf(arguments);
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  public FunctionCall(String name, List<Expression> arguments) {
    this(name, arguments, Map.of());
  }

  /** Whether this calls {@code functionName}, ignoring case. */
  public boolean is(String functionName) {
    return name.equalsIgnoreCase(functionName);
  }

  @Override
  public <R> R accept(ExpressionVisitor<R> visitor) {
    return visitor.visitFunctionCall(this);
  }
}
