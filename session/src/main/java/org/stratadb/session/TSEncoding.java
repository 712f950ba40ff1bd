package org.stratadb.session;

/** Value encodings of time series; the wire value is the position below (IoTDB 1.3 numbering). */
public enum TSEncoding {
  PLAIN,
  DICTIONARY,
  RLE,
  DIFF,
  TS_2DIFF,
  BITMAP,
  GORILLA_V1,
  REGULAR,
  GORILLA,
  ZIGZAG,
  FREQ,
  CHIMP,
  SPRINTZ,
  RLBE;

  /** The wire code of this encoding. */
  public int code() {
    return ordinal();
  }
}
