package org.stratadb.protocol.compat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds randomly populated instances of generated structs on either side, driven only by their
 * {@code metaDataMap}, so a struct added to the IDL is covered without touching the tests. Values
 * lean towards edge cases (extreme numbers, empty and multi-byte strings, empty binaries) because
 * those are where a binary and a compact encoder differ.
 */
final class RandomThriftFiller {
  /** Deeper containers are left empty; TSStatus nests itself through subStatus. */
  private static final int MAX_CONTAINER_DEPTH = 3;

  private static final int MAX_CONTAINER_SIZE = 3;
  private static final long[] EDGE_LONGS = {0, -1, 1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 35};
  private static final int[] EDGE_INTS = {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20};
  private static final int[][] CODE_POINT_RANGES = {
    {0x20, 0x7e}, {0xa0, 0x17f}, {0x4e00, 0x4fff}, {0x1f600, 0x1f64f}
  };

  private final StructSchemas schemas;
  private final Random random;

  RandomThriftFiller(ThriftRuntime runtime, Random random) {
    this.schemas = runtime.schemas();
    this.random = random;
  }

  /** An instance with every field set, optional ones included. */
  Object full(Class<?> structClass) {
    return struct(structClass, false, 0);
  }

  /**
   * An instance with only the fields a reader may insist on: required ones and those of default
   * requiredness (which generated writers emit whenever they are set). Optional fields are unset,
   * even when the IDL gives them a default.
   */
  Object minimal(Class<?> structClass) {
    return struct(structClass, true, 0);
  }

  /** A random value of one declared type; structs inside it are fully populated. */
  Object value(TypeInfo type) {
    return value(type, false, 0);
  }

  private Object struct(Class<?> structClass, boolean minimal, int depth) {
    Object struct = Reflect.construct(structClass);
    List<FieldInfo> fields = schemas.fields(structClass);
    if (StructSchemas.isUnion(structClass)) {
      FieldInfo chosen = fields.get(random.nextInt(fields.size()));
      StructSchemas.set(struct, chosen, value(chosen.type(), minimal, depth + 1));
      return struct;
    }
    for (FieldInfo field : fields) {
      boolean wanted = !minimal || field.requirement() != FieldInfo.OPTIONAL;
      Object fieldValue = wanted ? value(field.type(), minimal, depth + 1) : null;
      StructSchemas.set(struct, field, fieldValue);
    }
    return struct;
  }

  private Object value(TypeInfo type, boolean minimal, int depth) {
    return switch (type.ttype()) {
      case TypeInfo.BOOL -> random.nextBoolean();
      case TypeInfo.BYTE -> (byte) random.nextInt();
      case TypeInfo.I16 -> (short) randomInt();
      case TypeInfo.I32 -> randomInt();
      case TypeInfo.I64 -> randomLong();
      case TypeInfo.DOUBLE -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20));
      case TypeInfo.STRING -> type.binary() ? randomBinary() : randomString();
      case TypeInfo.ENUM -> randomConstant(type.enumClass());
      case TypeInfo.STRUCT -> struct(type.structClass(), minimal, depth);
      case TypeInfo.LIST -> fill(new ArrayList<>(), type.element(), minimal, depth);
      case TypeInfo.SET -> fill(new HashSet<>(), type.element(), minimal, depth);
      case TypeInfo.MAP -> randomMap(type, minimal, depth);
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }

  private Object fill(Collection<Object> out, TypeInfo element, boolean minimal, int depth) {
    int size = containerSize(depth);
    for (int i = 0; i < size; i++) {
      out.add(value(element, minimal, depth + 1));
    }
    return out;
  }

  private Map<Object, Object> randomMap(TypeInfo type, boolean minimal, int depth) {
    Map<Object, Object> out = new HashMap<>();
    int size = containerSize(depth);
    for (int i = 0; i < size; i++) {
      out.put(value(type.key(), minimal, depth + 1), value(type.element(), minimal, depth + 1));
    }
    return out;
  }

  private int containerSize(int depth) {
    return depth >= MAX_CONTAINER_DEPTH ? 0 : random.nextInt(MAX_CONTAINER_SIZE + 1);
  }

  private int randomInt() {
    return random.nextInt(4) == 0 ? EDGE_INTS[random.nextInt(EDGE_INTS.length)] : random.nextInt();
  }

  private long randomLong() {
    return random.nextInt(4) == 0
        ? EDGE_LONGS[random.nextInt(EDGE_LONGS.length)]
        : random.nextLong();
  }

  private String randomString() {
    int length = random.nextInt(12);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
      out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return out.toString();
  }

  private ByteBuffer randomBinary() {
    byte[] bytes = new byte[random.nextInt(24)];
    random.nextBytes(bytes);
    return ByteBuffer.wrap(bytes);
  }

  private Object randomConstant(Class<?> enumClass) {
    Object[] constants = enumClass.getEnumConstants();
    return constants[random.nextInt(constants.length)];
  }
}
