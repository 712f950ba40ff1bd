package org.stratadb.query.api;

import java.time.ZoneId;

/**
 * Who runs a statement and how its text is read: the logged-in user and the session's time zone
 * (for time literals such as {@code 2024-01-01T00:00:00}).
 */
public record SessionContext(long sessionId, String user, ZoneId zoneId) {
  public SessionContext {
    if (user == null || zoneId == null) {
      throw new IllegalArgumentException("a session has a user and a time zone");
    }
  }
}
