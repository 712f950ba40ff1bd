package org.stratadb.commons.path;

import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * Path text that is not a valid tree-model path; maps to ILLEGAL_PATH (509) with IoTDB's wording
 * ({@code <path> is not a legal path, because <reason>}).
 */
public class IllegalPathException extends StrataException {
  private static final long serialVersionUID = 1L;

  public IllegalPathException(String path, String reason) {
    super(StatusCode.ILLEGAL_PATH, path + " is not a legal path, because " + reason);
  }
}
