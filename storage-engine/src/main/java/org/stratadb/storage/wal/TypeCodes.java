package org.stratadb.storage.wal;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * Reads back the one-byte codes TsFile assigns to types, encodings and compressors. The tables are
 * built from {@code serialize()} itself because TsFile's own {@code deserialize} does not accept
 * every code it hands out (FREQ, for one), and a WAL must read back whatever it wrote.
 */
final class TypeCodes {
  private static final TSDataType[] TYPES = new TSDataType[256];
  private static final TSEncoding[] ENCODINGS = new TSEncoding[256];
  private static final CompressionType[] COMPRESSORS = new CompressionType[256];

  static {
    for (TSDataType type : TSDataType.values()) {
      TYPES[type.serialize() & 0xFF] = type;
    }
    for (TSEncoding encoding : TSEncoding.values()) {
      ENCODINGS[encoding.serialize() & 0xFF] = encoding;
    }
    for (CompressionType compressor : CompressionType.values()) {
      COMPRESSORS[compressor.serialize() & 0xFF] = compressor;
    }
  }

  private TypeCodes() {}

  static TSDataType type(byte code) {
    return known(TYPES[code & 0xFF], "data type", code);
  }

  static TSEncoding encoding(byte code) {
    return known(ENCODINGS[code & 0xFF], "encoding", code);
  }

  static CompressionType compressor(byte code) {
    return known(COMPRESSORS[code & 0xFF], "compressor", code);
  }

  private static <T> T known(T value, String what, byte code) {
    if (value == null) {
      throw new IllegalArgumentException("unknown " + what + " code " + code);
    }
    return value;
  }
}
