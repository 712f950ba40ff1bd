package org.stratadb.protocol.compat;

import java.util.Arrays;

/**
 * One side of a compatibility check: a class loader that holds a libthrift and the classes
 * generated for the client service, driven entirely by reflection. The same code serves our side
 * (the test's own class loader, libthrift 0.23) and IoTDB's (an isolated loader, libthrift 0.14),
 * so neither side gets a more forgiving code path than the other.
 */
final class ThriftRuntime {
  /** Thrift message type of a call (replies are 2, exceptions 3). */
  static final byte CALL = 1;

  private final String label;
  private final ClassLoader loader;
  private final String servicePackage;
  private final String commonPackage;
  private final StructSchemas schemas = new StructSchemas();

  ThriftRuntime(String label, ClassLoader loader, String servicePackage, String commonPackage) {
    this.label = label;
    this.loader = loader;
    this.servicePackage = servicePackage;
    this.commonPackage = commonPackage;
  }

  String label() {
    return label;
  }

  ClassLoader loader() {
    return loader;
  }

  StructSchemas schemas() {
    return schemas;
  }

  Class<?> load(String className) {
    try {
      return Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(label + " has no class " + className, e);
    }
  }

  /** Whether {@code type} was generated from this side's common IDL rather than its client IDL. */
  boolean isCommon(Class<?> type) {
    return type.getPackageName().equals(commonPackage);
  }

  /** This side's type of that name from its common or its client IDL, or null if it lacks one. */
  Class<?> findType(boolean common, String simpleName) {
    String pkg = common ? commonPackage : servicePackage;
    try {
      return Class.forName(pkg + "." + simpleName, true, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  Class<?> serviceClass() {
    return load(servicePackage + ".IClientRPCService");
  }

  /** The {@code <method>_args} or {@code <method>_result} class, or null. */
  Class<?> findServiceWrapper(String nestedName) {
    try {
      return Class.forName(serviceClass().getName() + "$" + nestedName, true, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  Object newInstance(Class<?> type) {
    return Reflect.construct(type);
  }

  byte[] serialize(Object struct, WireProtocol protocol) {
    Object serializer = Reflect.construct(load("org.apache.thrift.TSerializer"), factory(protocol));
    return (byte[]) Reflect.call(serializer, "serialize", struct);
  }

  /** Reads {@code bytes} into a fresh instance; the generated read() also validates it. */
  Object deserialize(Class<?> structClass, byte[] bytes, WireProtocol protocol) {
    Object deserializer =
        Reflect.construct(load("org.apache.thrift.TDeserializer"), factory(protocol));
    Object struct = newInstance(structClass);
    Reflect.call(deserializer, "deserialize", struct, bytes);
    return struct;
  }

  /** An in-memory transport: writes append, reads consume from the front. */
  Object newMemoryTransport() {
    return Reflect.construct(load("org.apache.thrift.transport.TMemoryBuffer"), 256);
  }

  Object newMemoryTransport(byte[] contents) {
    Object transport = newMemoryTransport();
    append(transport, contents);
    return transport;
  }

  static void append(Object memoryTransport, byte[] bytes) {
    Reflect.call(memoryTransport, "write", bytes, 0, bytes.length);
  }

  static byte[] contents(Object memoryTransport) {
    byte[] array = (byte[]) Reflect.call(memoryTransport, "getArray");
    int length = (Integer) Reflect.call(memoryTransport, "length");
    return Arrays.copyOf(array, length);
  }

  Object protocolOn(Object transport, WireProtocol protocol) {
    return Reflect.call(factory(protocol), "getProtocol", transport);
  }

  /** A generated {@code IClientRPCService.Client} reading from one protocol, writing to another. */
  Object newClient(Object inputProtocol, Object outputProtocol) {
    Class<?> client = load(serviceClass().getName() + "$Client");
    return Reflect.construct(client, inputProtocol, outputProtocol);
  }

  /** Reads a message header; returns name, type and seqid. */
  static MessageHeader readMessageBegin(Object protocol) {
    Object message = Reflect.call(protocol, "readMessageBegin");
    return new MessageHeader(
        (String) Reflect.field(message, "name"),
        (Byte) Reflect.field(message, "type"),
        (Integer) Reflect.field(message, "seqid"));
  }

  private Object factory(WireProtocol protocol) {
    return Reflect.construct(load(protocol.factoryClassName()));
  }

  @Override
  public String toString() {
    return label;
  }

  /** The header of a Thrift message. */
  record MessageHeader(String name, byte type, int seqid) {}
}
