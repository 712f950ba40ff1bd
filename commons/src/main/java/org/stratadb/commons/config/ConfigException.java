package org.stratadb.commons.config;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * A configuration that cannot be used: a value of the wrong form, two settings that contradict each
 * other, or a configuration directory that is missing or unreadable.
 *
 * <p>The message is always one line that names the key, the value and the file it came from and
 * says what is expected, so that it can be printed as is, without a stack trace, when a node
 * refuses to start.
 */
public final class ConfigException extends StrataException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(StatusCode.CONFIGURATION_ERROR, oneLine(message));
  }

  public ConfigException(String message, Throwable cause) {
    super(StatusCode.CONFIGURATION_ERROR, oneLine(message), cause);
  }

  /**
   * The standard message for a value that is not acceptable: {@code Invalid value 'abc' for
   * dn_rpc_port in /x/conf/iotdb-datanode.properties: expected an integer port 0..65535}.
   *
   * @param keyName the name as the user wrote it (which may be a deprecated alias)
   * @param expectation what would have been accepted, starting lower case
   */
  public static ConfigException invalidValue(
      String keyName, String value, ConfigOrigin origin, String expectation) {
    return new ConfigException(
        "Invalid value '"
            + value
            + "' for "
            + keyName
            + " in "
            + origin
            + ": expected "
            + expectation);
  }

  /** Keeps user-supplied text (which may hold escaped line breaks) on one line. */
  private static String oneLine(String message) {
    return message.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
  }
}
