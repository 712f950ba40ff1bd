package org.stratadb.protocol.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the field layout of generated structs from their {@code metaDataMap}, and gets and sets
 * fields through the generic TBase accessors. Works on any libthrift generation (IoTDB's 0.14 code
 * and our 0.23 code publish the same metadata API) and any class loader, because it only touches
 * the classes reflectively.
 */
final class StructSchemas {
  private final Map<Class<?>, List<FieldInfo>> cache = new ConcurrentHashMap<>();

  /** The fields of {@code structClass} in IDL declaration order (the order send_ methods use). */
  List<FieldInfo> fields(Class<?> structClass) {
    return cache.computeIfAbsent(structClass, StructSchemas::readFields);
  }

  /** The field with the given id, or null. */
  FieldInfo field(Class<?> structClass, short id) {
    for (FieldInfo field : fields(structClass)) {
      if (field.id() == id) {
        return field;
      }
    }
    return null;
  }

  static boolean isStruct(Class<?> type) {
    return implementsNamed(type, "org.apache.thrift.TBase");
  }

  static boolean isUnion(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.getName().equals("org.apache.thrift.TUnion")) {
        return true;
      }
    }
    return false;
  }

  static boolean isEnum(Class<?> type) {
    return type.isEnum() && implementsNamed(type, "org.apache.thrift.TEnum");
  }

  static Object get(Object struct, FieldInfo field) {
    return Reflect.call(struct, "getFieldValue", field.handle());
  }

  static void set(Object struct, FieldInfo field, Object value) {
    Reflect.call(struct, "setFieldValue", field.handle(), value);
  }

  static boolean isSet(Object struct, FieldInfo field) {
    return (Boolean) Reflect.call(struct, "isSet", field.handle());
  }

  /** The wire value of a generated enum constant. */
  static int enumValue(Object constant) {
    return (Integer) Reflect.call(constant, "getValue");
  }

  private static boolean implementsNamed(Class<?> type, String interfaceName) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().equals(interfaceName) || implementsNamed(i, interfaceName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<FieldInfo> readFields(Class<?> structClass) {
    Map<?, ?> metaDataMap = (Map<?, ?>) Reflect.field(structClass, "metaDataMap");
    List<FieldInfo> fields = new ArrayList<>();
    for (Map.Entry<?, ?> entry : metaDataMap.entrySet()) {
      Object handle = entry.getKey();
      Object meta = entry.getValue();
      short id = (Short) Reflect.call(handle, "getThriftFieldId");
      String name = (String) Reflect.field(meta, "fieldName");
      byte requirement = (Byte) Reflect.field(meta, "requirementType");
      TypeInfo type = readType(structClass, Reflect.field(meta, "valueMetaData"));
      fields.add(new FieldInfo(id, name, requirement, type, handle));
    }
    return List.copyOf(fields);
  }

  private static TypeInfo readType(Class<?> owner, Object meta) {
    byte ttype = (Byte) Reflect.field(meta, "type");
    boolean binary = (Boolean) Reflect.call(meta, "isBinary");
    return switch (meta.getClass().getSimpleName()) {
      case "StructMetaData" ->
          new TypeInfo(
              ttype, false, (Class<?>) Reflect.field(meta, "structClass"), null, null, null);
      case "EnumMetaData" ->
          new TypeInfo(
              TypeInfo.ENUM, false, null, (Class<?>) Reflect.field(meta, "enumClass"), null, null);
      case "ListMetaData", "SetMetaData" ->
          new TypeInfo(
              ttype, false, null, null, readType(owner, Reflect.field(meta, "elemMetaData")), null);
      case "MapMetaData" ->
          new TypeInfo(
              ttype,
              false,
              null,
              null,
              readType(owner, Reflect.field(meta, "valueMetaData")),
              readType(owner, Reflect.field(meta, "keyMetaData")));
      default -> plainOrForwardReference(owner, meta, ttype, binary);
    };
  }

  /**
   * A struct that refers to itself (TSStatus.subStatus) cannot name its own class while it is being
   * initialised, so older generators record just the struct's name; resolve it in the declaring
   * struct's package.
   */
  private static TypeInfo plainOrForwardReference(
      Class<?> owner, Object meta, byte ttype, boolean binary) {
    if (ttype != TypeInfo.STRUCT) {
      return new TypeInfo(ttype, binary, null, null, null, null);
    }
    String name = (String) Reflect.call(meta, "getTypedefName");
    String simple = name.substring(name.lastIndexOf('.') + 1);
    String packageName = owner.getPackageName();
    try {
      Class<?> resolved = Class.forName(packageName + "." + simple, false, owner.getClassLoader());
      return new TypeInfo(ttype, false, resolved, null, null, null);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("cannot resolve struct " + name + " of " + owner, e);
    }
  }
}
