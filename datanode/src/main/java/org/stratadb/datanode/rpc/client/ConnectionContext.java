package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.datanode.session.ClientSession;
import org.stratadb.datanode.session.SessionManager;

/**
 * What the client service keeps for one connection: the session logged in on it (IoTDB binds a
 * session to its connection and ignores the session id in requests) and the queries of that session
 * that still have rows to fetch.
 */
final class ConnectionContext {
  /** IoTDB's answer to a request that needs a session when none is open. */
  static final String NOT_LOGGED_IN_MESSAGE =
      "Log in failed. Either you are not authorized or the session has timed out.";

  private final String remoteAddress;
  private final SessionManager sessions;
  private ClientSession session;
  private final Map<Long, QueryCursor> queries = new HashMap<>();

  ConnectionContext(String remoteAddress, SessionManager sessions) {
    this.remoteAddress = remoteAddress;
    this.sessions = sessions;
  }

  String remoteAddress() {
    return remoteAddress;
  }

  SessionManager sessions() {
    return sessions;
  }

  /**
   * The open session.
   *
   * @throws StrataException {@link StatusCode#NOT_LOGIN} if none is open
   */
  synchronized ClientSession requireSession() {
    if (session == null) {
      throw new StrataException(StatusCode.NOT_LOGIN, NOT_LOGGED_IN_MESSAGE);
    }
    return session;
  }

  /** Makes {@code opened} this connection's session, ending the one before it, if any. */
  void bind(ClientSession opened) {
    endSession("replaced by a new login on the same connection");
    synchronized (this) {
      session = opened;
    }
  }

  /**
   * Ends the session and closes its queries.
   *
   * @return whether a session was open
   */
  boolean endSession(String reason) {
    ClientSession ended;
    List<QueryCursor> toClose;
    synchronized (this) {
      ended = session;
      session = null;
      toClose = new ArrayList<>(queries.values());
      queries.clear();
    }
    toClose.forEach(QueryCursor::close);
    if (ended != null) {
      sessions.close(ended, reason);
    }
    return ended != null;
  }

  /** Keeps a query whose rows are not all sent yet; closes it if the session is gone. */
  void addQuery(ClientSession owner, QueryCursor cursor) {
    synchronized (this) {
      if (session == owner) {
        queries.put(cursor.queryId(), cursor);
        return;
      }
    }
    cursor.close();
  }

  synchronized QueryCursor query(long queryId) {
    return queries.get(queryId);
  }

  /** Forgets and closes a query; unknown ids are ignored. */
  void closeQuery(long queryId) {
    QueryCursor cursor;
    synchronized (this) {
      cursor = queries.remove(queryId);
    }
    if (cursor != null) {
      cursor.close();
    }
  }

  /** Forgets and closes every query of a statement. */
  void closeStatement(long statementId) {
    List<QueryCursor> toClose = new ArrayList<>();
    synchronized (this) {
      queries
          .values()
          .removeIf(
              cursor -> {
                if (cursor.statementId() == statementId) {
                  toClose.add(cursor);
                  return true;
                }
                return false;
              });
    }
    toClose.forEach(QueryCursor::close);
  }
}
