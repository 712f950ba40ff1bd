package org.stratadb.datanode.session;

import org.stratadb.commons.error.StrataException;

/**
 * Checks the credentials a client presents when it opens a session. Implementations are
 * thread-safe: every connection of the client service calls the same instance.
 */
public interface Authenticator {

  /** What clients are told when a login is refused, whatever the reason (as in IoTDB). */
  String LOGIN_FAILED_MESSAGE = "Authentication failed.";

  /**
   * Accepts or refuses a login.
   *
   * @param password null when the client sent none
   * @throws StrataException with {@link org.stratadb.commons.error.StatusCode#WRONG_LOGIN_PASSWORD}
   *     when the user is unknown or the password does not match; IoTDB answers both cases the same
   *     way, so a client cannot probe which user names exist
   */
  void authenticate(String user, String password);
}
