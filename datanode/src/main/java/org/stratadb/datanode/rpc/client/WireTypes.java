package org.stratadb.datanode.rpc.client;

import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * The enum numbers of the client protocol: data types and encodings travel as ordinals, compressors
 * as their byte code (LZ4 is 7, not its ordinal 3), and TsBlocks carry physical types.
 */
final class WireTypes {
  private WireTypes() {}

  /**
   * A data type a client may send: the six types every 1.3 client knows, and the four 1.3.3 added.
   *
   * @throws StrataException {@link StatusCode#ILLEGAL_PARAMETER} for anything else
   */
  static TSDataType dataType(int code) {
    switch (code) {
      case 0:
        return TSDataType.BOOLEAN;
      case 1:
        return TSDataType.INT32;
      case 2:
        return TSDataType.INT64;
      case 3:
        return TSDataType.FLOAT;
      case 4:
        return TSDataType.DOUBLE;
      case 5:
        return TSDataType.TEXT;
      case 8:
        return TSDataType.TIMESTAMP;
      case 9:
        return TSDataType.DATE;
      case 10:
        return TSDataType.BLOB;
      case 11:
        return TSDataType.STRING;
      default:
        throw illegal("unsupported data type code " + code);
    }
  }

  static TSEncoding encoding(int code) {
    try {
      return TSEncoding.deserialize(checkByte(code, "encoding"));
    } catch (IllegalArgumentException e) {
      throw illegal("unsupported encoding code " + code);
    }
  }

  static CompressionType compressor(int code) {
    try {
      return CompressionType.deserialize(checkByte(code, "compressor"));
    } catch (IllegalArgumentException e) {
      throw illegal("unsupported compressor code " + code);
    }
  }

  /**
   * The type byte a TsBlock column is sent with: what the client decodes, which 1.3.2 clients only
   * know up to TEXT. STRING and BLOB travel as TEXT, DATE as INT32, TIMESTAMP as INT64; the
   * declared type reaches the client separately, in {@code dataTypeList}.
   */
  static byte physicalCode(TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return 0;
      case INT32:
      case DATE:
        return 1;
      case INT64:
      case TIMESTAMP:
        return 2;
      case FLOAT:
        return 3;
      case DOUBLE:
        return 4;
      case TEXT:
      case STRING:
      case BLOB:
        return 5;
      default:
        throw new IllegalArgumentException("no wire form for a column of type " + type);
    }
  }

  private static byte checkByte(int code, String what) {
    if (code < Byte.MIN_VALUE || code > Byte.MAX_VALUE) {
      throw illegal("unsupported " + what + " code " + code);
    }
    return (byte) code;
  }

  static StrataException illegal(String message) {
    return new StrataException(StatusCode.ILLEGAL_PARAMETER, message);
  }
}
