package org.stratadb.confignode;

/**
 * A ConfigNode cannot start; the message is one line for the operator, naming the setting, port or
 * directory at fault.
 */
public class ConfigNodeStartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigNodeStartupException(String message) {
    super(message);
  }

  public ConfigNodeStartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
