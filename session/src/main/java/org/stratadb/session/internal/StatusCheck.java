package org.stratadb.session.internal;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.session.StatementExecutionException;

/** Turns a reply status into success or a {@link StatementExecutionException}. */
public final class StatusCheck {
  public static final int SUCCESS = 200;
  public static final int MULTIPLE_ERROR = 302;
  public static final int REDIRECTION_RECOMMEND = 400;

  private StatusCheck() {}

  /** Whether the status means the request was carried out (200, or 400 which is only a hint). */
  public static boolean isSuccess(TSStatus status) {
    return status.code == SUCCESS || status.code == REDIRECTION_RECOMMEND;
  }

  /**
   * Returns normally for 200 and 400, and for 302 whose sub-statuses all succeeded; throws
   * otherwise. A failed 302 names every failed sub-status in its message.
   */
  public static void verify(TSStatus status) throws StatementExecutionException {
    if (status == null) {
      throw new StatementExecutionException(305, "the server sent no status");
    }
    if (isSuccess(status)) {
      return;
    }
    if (status.code == MULTIPLE_ERROR && status.isSetSubStatus()) {
      List<String> failures = new ArrayList<>();
      for (TSStatus sub : status.subStatus) {
        if (!isSuccess(sub)) {
          failures.add(sub.code + ": " + message(sub));
        }
      }
      if (failures.isEmpty()) {
        return;
      }
      throw new StatementExecutionException(status.code, String.join("; ", failures));
    }
    throw new StatementExecutionException(status.code, message(status));
  }

  private static String message(TSStatus status) {
    return status.message == null ? "" : status.message;
  }
}
