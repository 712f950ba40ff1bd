package org.stratadb.query.exec.eval;

import java.nio.charset.StandardCharsets;
import org.apache.tsfile.utils.Binary;

/** UTF-8 text values. */
public final class Texts {
  private Texts() {}

  public static Binary binary(String text) {
    return new Binary(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String string(Binary binary) {
    return binary.getStringValue(StandardCharsets.UTF_8);
  }
}
