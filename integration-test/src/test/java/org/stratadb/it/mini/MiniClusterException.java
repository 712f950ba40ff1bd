package org.stratadb.it.mini;

/** A MiniCluster could not do what it was asked: a node did not start or stop in time, ... */
public class MiniClusterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MiniClusterException(String message) {
    super(message);
  }

  public MiniClusterException(String message, Throwable cause) {
    super(message, cause);
  }
}
