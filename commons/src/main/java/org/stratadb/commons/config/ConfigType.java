package org.stratadb.commons.config;

import java.util.List;

/**
 * How the text of one setting becomes a typed value and back. {@link ConfigTypes} holds the types
 * StrataDB's keys use; a module may add its own.
 *
 * @param <T> the value type, which must be immutable
 */
public interface ConfigType<T> {

  /**
   * Parses a trimmed, non-empty text.
   *
   * @throws InvalidValueException if the text is not of this type
   */
  T parse(String text);

  /** The text that {@link #parse} turns back into {@code value}; used to render conf files. */
  String format(T value);

  /**
   * What this type accepts, as the end of a sentence starting "expected ...", for example "an
   * integer" or "true or false".
   */
  String expectation();

  /** The accepted texts, for a type that accepts a fixed set of them; empty otherwise. */
  default List<String> choices() {
    return List.of();
  }
}
