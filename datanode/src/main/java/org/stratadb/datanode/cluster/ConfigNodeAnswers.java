package org.stratadb.datanode.cluster;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.protocol.common.TSStatus;

/** Turns a ConfigNode's failed answer into the exception a client sees. */
public final class ConfigNodeAnswers {
  private ConfigNodeAnswers() {}

  public static void check(TSStatus status) {
    if (status.getCode() != StatusCode.SUCCESS_STATUS.code()) {
      throw new StrataException(
          StatusCode.of(status.getCode()).orElse(StatusCode.INTERNAL_SERVER_ERROR),
          status.getMessage());
    }
  }
}
