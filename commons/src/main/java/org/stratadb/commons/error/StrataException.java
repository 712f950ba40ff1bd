package org.stratadb.commons.error;

import java.util.Objects;

/**
 * The root of StrataDB's typed exceptions: every failure a module reports to another carries the
 * {@link StatusCode} a client would eventually see.
 *
 * <p>It is unchecked so that module APIs and lambdas stay readable; each API documents the
 * subclasses it throws. Code below the RPC layer throws and catches these types and never builds a
 * wire status itself: the Thrift adapters map {@link #statusCode()} and {@link #getMessage()} onto
 * the response.
 */
public class StrataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StatusCode statusCode;

  public StrataException(StatusCode statusCode, String message) {
    super(message);
    this.statusCode = Objects.requireNonNull(statusCode, "statusCode");
  }

  public StrataException(StatusCode statusCode, String message, Throwable cause) {
    super(message, cause);
    this.statusCode = Objects.requireNonNull(statusCode, "statusCode");
  }

  /** The code a client receives for this failure. */
  public StatusCode statusCode() {
    return statusCode;
  }
}
