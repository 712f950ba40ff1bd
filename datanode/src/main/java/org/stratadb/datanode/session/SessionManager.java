package org.stratadb.datanode.session;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client sessions of one DataNode: logs users in through its {@link Authenticator}, hands out
 * session, statement and query ids, and knows which sessions are open (for {@code show
 * connections}-style listings). One instance per DataNode; no static state.
 */
public final class SessionManager {
  private static final Logger LOG = LoggerFactory.getLogger(SessionManager.class);

  private final Authenticator authenticator;
  private final Clock clock;
  private final AtomicLong nextSessionId = new AtomicLong();
  private final AtomicLong nextStatementId = new AtomicLong();
  private final AtomicLong nextQueryId = new AtomicLong();
  private final ConcurrentMap<Long, ClientSession> open = new ConcurrentHashMap<>();

  public SessionManager(Authenticator authenticator, Clock clock) {
    this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public SessionManager(Authenticator authenticator) {
    this(authenticator, Clock.systemUTC());
  }

  /**
   * Checks the credentials and opens a session.
   *
   * @throws org.stratadb.commons.error.StrataException from the authenticator when refused
   */
  public ClientSession login(
      String user, String password, ZoneId zoneId, String clientAddress, String clientVersion) {
    authenticator.authenticate(user, password);
    ClientSession session =
        new ClientSession(
            nextSessionId.incrementAndGet(),
            user,
            clientAddress,
            clientVersion,
            clock.instant(),
            zoneId);
    open.put(session.id(), session);
    LOG.info("Session {} opened for user {} from {}", session.id(), user, clientAddress);
    return session;
  }

  /** Ends a session; closing one twice is harmless. */
  public void close(ClientSession session, String reason) {
    if (open.remove(session.id(), session)) {
      session.markClosed();
      LOG.info("Session {} of user {} closed ({})", session.id(), session.user(), reason);
    }
  }

  public long newStatementId() {
    return nextStatementId.incrementAndGet();
  }

  public long newQueryId() {
    return nextQueryId.incrementAndGet();
  }

  /** The open sessions, oldest first. */
  public List<ClientSession> openSessions() {
    return open.values().stream().sorted(Comparator.comparingLong(ClientSession::id)).toList();
  }

  public int openSessionCount() {
    return open.size();
  }
}
