package org.stratadb.protocol.compat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds every type of the client service on one side and pairs it with its twin on the other by
 * simple name. The walk starts from the service's {@code <method>_args} / {@code <method>_result}
 * wrappers and, on IoTDB's side, from every top-level type generated from its client IDL, and
 * follows struct, container and enum fields, so common structs (TSStatus, TEndPoint, ...) are
 * reached the way a reader reaches them.
 */
final class StructPairs {
  private StructPairs() {}

  /**
   * Two classes that must be wire-compatible; {@code ours} is null when we lack the type.
   *
   * @param name the simple name shared by both sides
   */
  record Pair(String name, Class<?> ours, Class<?> theirs) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Every struct IoTDB's client service can put on the wire, with our counterpart. */
  static List<Pair> structs(ThriftRuntime ours, IsolatedIotdbThrift theirs) {
    return pairs(ours, theirs, StructSchemas::isStruct);
  }

  /** Every enum IoTDB's client service can put on the wire, with our counterpart. */
  static List<Pair> enums(ThriftRuntime ours, IsolatedIotdbThrift theirs) {
    return pairs(ours, theirs, StructSchemas::isEnum);
  }

  /** All struct and enum classes reachable from one side's service wrappers and {@code roots}. */
  static Set<Class<?>> reachable(ThriftRuntime side, Collection<Class<?>> roots) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(roots);
    todo.addAll(serviceWrappers(side));
    while (!todo.isEmpty()) {
      Class<?> type = todo.pop();
      if (!seen.add(type) || !StructSchemas.isStruct(type)) {
        continue;
      }
      for (FieldInfo field : side.schemas().fields(type)) {
        collectNamedTypes(field.type(), todo);
      }
    }
    return seen;
  }

  /** The nested {@code _args} and {@code _result} structs of a side's IClientRPCService. */
  static List<Class<?>> serviceWrappers(ThriftRuntime side) {
    List<Class<?>> wrappers = new ArrayList<>();
    for (Class<?> nested : side.serviceClass().getDeclaredClasses()) {
      if (StructSchemas.isStruct(nested)) {
        wrappers.add(nested);
      }
    }
    wrappers.sort(Comparator.comparing(Class::getSimpleName));
    return wrappers;
  }

  /**
   * The twin of {@code type} (a class of {@code from}) on {@code to}: same simple name, generated
   * from the same IDL file (common or client), or null.
   */
  static Class<?> counterpart(ThriftRuntime from, ThriftRuntime to, Class<?> type) {
    return type.getEnclosingClass() != null
        ? to.findServiceWrapper(type.getSimpleName())
        : to.findType(from.isCommon(type), type.getSimpleName());
  }

  private static List<Pair> pairs(
      ThriftRuntime ours, IsolatedIotdbThrift theirs, Predicate<Class<?>> kind) {
    ThriftRuntime their = theirs.runtime();
    List<Class<?>> roots = new ArrayList<>();
    for (String name : theirs.serviceTypeNames()) {
      roots.add(their.load(IsolatedIotdbThrift.SERVICE_PACKAGE + "." + name));
    }
    List<Pair> pairs = new ArrayList<>();
    for (Class<?> type : reachable(their, roots)) {
      if (kind.test(type)) {
        pairs.add(new Pair(type.getSimpleName(), counterpart(their, ours, type), type));
      }
    }
    pairs.sort(Comparator.comparing(Pair::name));
    return pairs;
  }

  private static void collectNamedTypes(TypeInfo type, Deque<Class<?>> out) {
    if (type == null) {
      return;
    }
    if (type.structClass() != null) {
      out.add(type.structClass());
    }
    if (type.enumClass() != null) {
      out.add(type.enumClass());
    }
    collectNamedTypes(type.element(), out);
    collectNamedTypes(type.key(), out);
  }
}
