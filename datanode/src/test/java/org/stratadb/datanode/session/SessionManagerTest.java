package org.stratadb.datanode.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stratadb.commons.error.StrataException;
import org.stratadb.query.api.SessionContext;

class SessionManagerTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  private final SessionManager sessions =
      new SessionManager(StaticAuthenticator.withDefaultRoot(), Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void loginOpensASessionThatCarriesItsContext() {
    ClientSession session =
        sessions.login("root", "root", ZoneId.of("Asia/Shanghai"), "10.0.0.1:5000", "V_1_0");

    assertEquals(NOW, session.loginTime());
    assertEquals("10.0.0.1:5000", session.clientAddress());
    assertEquals("V_1_0", session.clientVersion());
    assertEquals(
        new SessionContext(session.id(), "root", ZoneId.of("Asia/Shanghai")), session.context());
    session.setZoneId(ZoneId.of("+08:00"));
    assertEquals(ZoneId.of("+08:00"), session.context().zoneId());
    assertEquals(List.of(session), sessions.openSessions());
  }

  @Test
  void aRefusedLoginOpensNothing() {
    assertThrows(
        StrataException.class,
        () -> sessions.login("root", "x", ZoneOffset.UTC, "10.0.0.1:1", null));

    assertEquals(0, sessions.openSessionCount());
  }

  @Test
  void closingIsIdempotentAndIdsAreNeverReused() {
    ClientSession first = sessions.login("root", "root", ZoneOffset.UTC, "a:1", null);
    ClientSession second = sessions.login("root", "root", ZoneOffset.UTC, "b:2", null);

    sessions.close(first, "test");
    sessions.close(first, "test again");

    assertTrue(first.isClosed());
    assertFalse(second.isClosed());
    assertEquals(List.of(second), sessions.openSessions());
    assertNotEquals(first.id(), second.id());
    assertNotEquals(sessions.newStatementId(), sessions.newStatementId());
    assertNotEquals(sessions.newQueryId(), sessions.newQueryId());
  }
}
