package org.stratadb.datanode.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * An {@link Authenticator} over a fixed table of users and passwords, such as the single {@code
 * root}/{@code root} user every fresh IoTDB installation has. Stands in until users are managed by
 * the ConfigNode.
 */
public final class StaticAuthenticator implements Authenticator {
  public static final String ROOT_USER = "root";
  public static final String ROOT_DEFAULT_PASSWORD = "root";

  private final Map<String, byte[]> passwords;

  /**
   * @param passwords password of each user name
   */
  public StaticAuthenticator(Map<String, String> passwords) {
    this.passwords =
        passwords.entrySet().stream()
            .collect(
                java.util.stream.Collectors.toUnmodifiableMap(
                    Map.Entry::getKey, e -> e.getValue().getBytes(StandardCharsets.UTF_8)));
  }

  /** The table of a fresh installation: {@code root} with password {@code root}. */
  public static StaticAuthenticator withDefaultRoot() {
    return new StaticAuthenticator(Map.of(ROOT_USER, ROOT_DEFAULT_PASSWORD));
  }

  @Override
  public void authenticate(String user, String password) {
    byte[] expected = user == null ? null : passwords.get(user);
    boolean ok =
        expected != null
            && password != null
            && MessageDigest.isEqual(expected, password.getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      throw new StrataException(StatusCode.WRONG_LOGIN_PASSWORD, LOGIN_FAILED_MESSAGE);
    }
  }
}
