package org.stratadb.datanode.session;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

class StaticAuthenticatorTest {
  private final Authenticator root = StaticAuthenticator.withDefaultRoot();

  @Test
  void acceptsRootWithItsDefaultPassword() {
    assertDoesNotThrow(() -> root.authenticate("root", "root"));
  }

  @Test
  void refusesWrongPasswordsMissingPasswordsAndUnknownUsersAlike() {
    for (String[] login :
        new String[][] {{"root", "Root"}, {"root", null}, {"alice", "root"}, {null, "root"}}) {
      StrataException e =
          assertThrows(StrataException.class, () -> root.authenticate(login[0], login[1]));
      assertEquals(StatusCode.WRONG_LOGIN_PASSWORD, e.statusCode());
      assertEquals("Authentication failed.", e.getMessage());
    }
  }

  @Test
  void servesAnyTableOfUsers() {
    Authenticator users = new StaticAuthenticator(Map.of("alice", "s3cret", "bob", ""));

    assertDoesNotThrow(() -> users.authenticate("alice", "s3cret"));
    assertDoesNotThrow(() -> users.authenticate("bob", ""));
    assertThrows(StrataException.class, () -> users.authenticate("root", "root"));
  }
}
