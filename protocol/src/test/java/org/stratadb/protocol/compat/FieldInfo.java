package org.stratadb.protocol.compat;

/**
 * One field of a generated struct, read from its {@code metaDataMap}.
 *
 * @param id the Thrift field id, the only thing besides the type that reaches the wire
 * @param name the IDL field name
 * @param requirement TFieldRequirementType: 1 required, 2 optional, 3 default
 * @param type the declared type
 * @param handle the struct's {@code _Fields} constant, needed for reflective get and set
 */
record FieldInfo(short id, String name, byte requirement, TypeInfo type, Object handle) {
  static final byte REQUIRED = 1;
  static final byte OPTIONAL = 2;
  static final byte DEFAULT = 3;

  /** The part of the field that both sides must agree on, for readable assertion diffs. */
  String signature() {
    String req =
        switch (requirement) {
          case REQUIRED -> "required";
          case OPTIONAL -> "optional";
          default -> "default";
        };
    return id + ": " + req + " " + type.describe() + " " + name;
  }
}
