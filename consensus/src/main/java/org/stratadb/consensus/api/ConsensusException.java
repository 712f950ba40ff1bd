package org.stratadb.consensus.api;

/** A consensus operation failed; the message says which group and why. */
public class ConsensusException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConsensusException(String message) {
    super(message);
  }

  public ConsensusException(String message, Throwable cause) {
    super(message, cause);
  }
}
