package org.stratadb.protocol.compat;

/**
 * A Thrift type as libthrift's FieldValueMetaData describes it, copied out of whichever class
 * loader it came from so that ours and IoTDB's can be compared with plain Java equality.
 *
 * @param ttype the TType code, except that enums (which travel as i32) are always {@link #ENUM}:
 *     libthrift 0.14 calls them 16 and 0.23 calls them -1, having given 16 to UUID
 * @param binary whether a STRING is declared {@code binary}
 * @param structClass the struct class for STRUCT, else null
 * @param enumClass the enum class for ENUM, else null
 * @param element element type of LIST and SET, value type of MAP, else null
 * @param key key type of MAP, else null
 */
record TypeInfo(
    byte ttype,
    boolean binary,
    Class<?> structClass,
    Class<?> enumClass,
    TypeInfo element,
    TypeInfo key) {

  static final byte BOOL = 2;
  static final byte BYTE = 3;
  static final byte DOUBLE = 4;
  static final byte I16 = 6;
  static final byte I32 = 8;
  static final byte I64 = 10;
  static final byte STRING = 11;
  static final byte STRUCT = 12;
  static final byte MAP = 13;
  static final byte SET = 14;
  static final byte LIST = 15;
  static final byte ENUM = -1;

  /**
   * The type written out with simple class names, e.g. {@code list<struct TSStatus>}. Two sides are
   * wire-compatible for a field exactly when these strings are equal, because paired classes share
   * simple names.
   */
  String describe() {
    return switch (ttype) {
      case BOOL -> "bool";
      case BYTE -> "byte";
      case DOUBLE -> "double";
      case I16 -> "i16";
      case I32 -> "i32";
      case I64 -> "i64";
      case STRING -> binary ? "binary" : "string";
      case STRUCT -> "struct " + structClass.getSimpleName();
      case ENUM -> "enum " + enumClass.getSimpleName();
      case LIST -> "list<" + element.describe() + ">";
      case SET -> "set<" + element.describe() + ">";
      case MAP -> "map<" + key.describe() + "," + element.describe() + ">";
      default -> "ttype " + ttype;
    };
  }

  @Override
  public String toString() {
    return describe();
  }
}
