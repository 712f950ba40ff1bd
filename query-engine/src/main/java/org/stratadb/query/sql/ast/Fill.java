package org.stratadb.query.sql.ast;

import java.util.Objects;
import java.util.Optional;
import org.stratadb.query.sql.ast.expression.Literal;

/**
 * {@code FILL(PREVIOUS | LINEAR | constant [, bound])}: how empty cells of the result are filled.
 *
 * @param value the constant for {@link Method#CONSTANT}, empty otherwise
 * @param timeBound how far back a previous value may be taken from, if given
 */
public record Fill(Method method, Optional<Literal> value, Optional<TimeDuration> timeBound) {
  public Fill {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(timeBound, "timeBound");
    if ((method == Method.CONSTANT) != value.isPresent()) {
      throw new IllegalArgumentException("a constant fill, and only it, has a value");
    }
  }

  /** The fill methods. */
  public enum Method {
    PREVIOUS,
    LINEAR,
    CONSTANT
  }
}
