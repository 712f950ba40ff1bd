package org.stratadb.commons.config;

import java.util.Optional;

/**
 * Thrown by a {@link ConfigType} or {@link Validator} that rejects a value. It carries only the
 * optional reason; the loader adds the key, the value, the file and the expectation when it turns
 * this into a {@link ConfigException}.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String detail;

  /** Rejects a value whose problem the expectation alone explains. */
  public InvalidValueException() {
    super("invalid value");
    this.detail = null;
  }

  /** Rejects a value for a reason worth adding to the expectation, e.g. "entry 2 is empty". */
  public InvalidValueException(String detail) {
    super(detail);
    this.detail = detail;
  }

  public Optional<String> detail() {
    return Optional.ofNullable(detail).filter(d -> !d.isEmpty());
  }
}
