package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.protocol.common.TSStatus;

/**
 * Where failures become wire statuses: a {@link StrataException} keeps its code and message; any
 * other exception is a bug, answered with INTERNAL_SERVER_ERROR (305) and logged once with its
 * stack trace.
 */
final class Statuses {
  private static final Logger LOG = LoggerFactory.getLogger(ClientRpcService.class);

  private Statuses() {}

  static TSStatus ok() {
    return new TSStatus(StatusCode.SUCCESS_STATUS.code());
  }

  static TSStatus of(StatusCode code, String message) {
    return new TSStatus(code.code()).setMessage(message);
  }

  static boolean isOk(TSStatus status) {
    return status.getCode() == StatusCode.SUCCESS_STATUS.code();
  }

  /** The status a client sees for a failed call. */
  static TSStatus failure(String operation, RuntimeException e) {
    if (e instanceof StrataException strata) {
      LOG.debug("{} failed: {} {}", operation, strata.statusCode(), strata.getMessage());
      return of(strata.statusCode(), strata.getMessage());
    }
    LOG.error("{} failed unexpectedly", operation, e);
    return of(StatusCode.INTERNAL_SERVER_ERROR, operation + " failed: " + e);
  }

  /** Runs a call that answers with a bare status. */
  static TSStatus run(String operation, Runnable call) {
    try {
      call.run();
      return ok();
    } catch (RuntimeException e) {
      return failure(operation, e);
    }
  }

  /**
   * The failure status of a call on several devices. Clients read {@code subStatus} by device
   * position when the code is MULTIPLE_ERROR (302) or REDIRECTION_RECOMMEND (400), so such a status
   * gets one entry per device.
   */
  static TSStatus multiDeviceFailure(String operation, RuntimeException e, int devices) {
    TSStatus status = failure(operation, e);
    boolean perDevice =
        status.getCode() == StatusCode.MULTIPLE_ERROR.code()
            || status.getCode() == StatusCode.REDIRECTION_RECOMMEND.code();
    if (perDevice && (status.getSubStatus() == null || status.getSubStatus().size() != devices)) {
      List<TSStatus> each = new ArrayList<>(devices);
      for (int i = 0; i < devices; i++) {
        each.add(of(StatusCode.EXECUTE_STATEMENT_ERROR, status.getMessage()));
      }
      status.setSubStatus(each);
    }
    return status;
  }

  static TSStatus unsupported(String what) {
    return of(StatusCode.UNSUPPORTED_OPERATION, what + " is not supported by StrataDB");
  }
}
