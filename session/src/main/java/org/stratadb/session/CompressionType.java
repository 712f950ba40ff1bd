package org.stratadb.session;

/** Compressors of time series; the wire value is a byte code, not the position. */
public enum CompressionType {
  UNCOMPRESSED(0),
  SNAPPY(1),
  GZIP(2),
  LZ4(7),
  ZSTD(8),
  LZMA2(9);

  private final int code;

  CompressionType(int code) {
    this.code = code;
  }

  /** The wire code of this compressor. */
  public int code() {
    return code;
  }
}
