package org.stratadb.protocol.compat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a Thrift value from either side into plain JDK objects, so that our struct and IoTDB's can
 * be compared with {@code equals} although their classes differ. A struct becomes a sorted map from
 * "id:name" to the neutral value of each set field, so a diff points at the exact field; an enum
 * keeps both its constant name and wire number, which catches two enums that agree on names but not
 * on numbers (or the reverse).
 */
final class NeutralForm {
  private NeutralForm() {}

  /** A binary value, compared by content. */
  record Binary(String hex) {}

  /** An enum constant with its wire number. */
  record EnumValue(String type, String constant, int value) {}

  static Object of(Object value, StructSchemas schemas) {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new Binary(HexFormat.of().formatHex(bytes));
    }
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return new Binary(HexFormat.of().formatHex(bytes));
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(e -> out.add(of(e, schemas)));
      return out;
    }
    if (value instanceof Set<?> set) {
      Set<Object> out = new HashSet<>();
      set.forEach(e -> out.add(of(e, schemas)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(of(k, schemas), of(v, schemas)));
      return out;
    }
    Class<?> type = value.getClass();
    if (StructSchemas.isEnum(type)) {
      Enum<?> constant = (Enum<?>) value;
      return new EnumValue(
          type.getSimpleName(), constant.name(), StructSchemas.enumValue(constant));
    }
    if (StructSchemas.isStruct(type)) {
      return struct(value, schemas);
    }
    return value;
  }

  private static Map<String, Object> struct(Object struct, StructSchemas schemas) {
    Map<String, Object> out = new TreeMap<>();
    out.put("@struct", struct.getClass().getSimpleName());
    for (FieldInfo field : schemas.fields(struct.getClass())) {
      if (StructSchemas.isSet(struct, field)) {
        out.put(field.id() + ":" + field.name(), of(StructSchemas.get(struct, field), schemas));
      }
    }
    return out;
  }
}
