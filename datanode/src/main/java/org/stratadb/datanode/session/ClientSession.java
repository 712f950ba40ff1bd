package org.stratadb.datanode.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.stratadb.query.api.SessionContext;

/**
 * One logged-in client session: who logged in, from where, and the session's settings. A session
 * belongs to the connection that opened it (as in IoTDB, which ignores the session id clients put
 * in their requests); the connection ends it on {@code closeSession} or when it closes.
 *
 * <p>The time zone may change through {@code setTimeZone} while queries of the same connection run,
 * so it is volatile; everything else is fixed at login.
 */
public final class ClientSession {
  private final long id;
  private final String user;
  private final String clientAddress;
  private final String clientVersion;
  private final Instant loginTime;
  private volatile ZoneId zoneId;
  private volatile boolean closed;

  ClientSession(
      long id,
      String user,
      String clientAddress,
      String clientVersion,
      Instant loginTime,
      ZoneId zoneId) {
    this.id = id;
    this.user = Objects.requireNonNull(user, "user");
    this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    this.clientVersion = clientVersion;
    this.loginTime = Objects.requireNonNull(loginTime, "loginTime");
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
  }

  public long id() {
    return id;
  }

  public String user() {
    return user;
  }

  /** host:port of the client's socket. */
  public String clientAddress() {
    return clientAddress;
  }

  /** The API generation the client announced ({@code V_1_0} for 1.x clients), or null. */
  public String clientVersion() {
    return clientVersion;
  }

  public Instant loginTime() {
    return loginTime;
  }

  public ZoneId zoneId() {
    return zoneId;
  }

  public void setZoneId(ZoneId zoneId) {
    this.zoneId = Objects.requireNonNull(zoneId, "zoneId");
  }

  public boolean isClosed() {
    return closed;
  }

  void markClosed() {
    closed = true;
  }

  /** What the query engine and the coordinator need to know about this session, as of now. */
  public SessionContext context() {
    return new SessionContext(id, user, zoneId);
  }

  @Override
  public String toString() {
    return "session " + id + " of " + user + " from " + clientAddress;
  }
}
