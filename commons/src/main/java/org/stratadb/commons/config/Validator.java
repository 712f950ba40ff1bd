package org.stratadb.commons.config;

/**
 * A rule on a parsed value beyond its type, such as a port range or a minimum replication factor.
 * {@link Validators} holds the common ones.
 *
 * @param <T> the value type it checks
 */
public interface Validator<T> {

  /**
   * Accepts the value or rejects it.
   *
   * @throws InvalidValueException if the value breaks the rule
   */
  void check(T value);

  /**
   * The rule as words appended to the type's expectation, e.g. "port 0..65535" after "an integer";
   * empty when the rule only ever explains itself through the exception's detail.
   */
  String describe();
}
