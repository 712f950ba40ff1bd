package org.stratadb.protocol.compat;

/**
 * The two Thrift protocols IoTDB clients speak: binary by default, compact when the user turns on
 * RPC compression. Named by class so each side loads its own libthrift's factory.
 */
enum WireProtocol {
  BINARY("org.apache.thrift.protocol.TBinaryProtocol$Factory"),
  COMPACT("org.apache.thrift.protocol.TCompactProtocol$Factory");

  private final String factoryClassName;

  WireProtocol(String factoryClassName) {
    this.factoryClassName = factoryClassName;
  }

  String factoryClassName() {
    return factoryClassName;
  }
}
