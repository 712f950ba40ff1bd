package org.stratadb.consensus.internal;

import org.stratadb.consensus.api.ConsensusGroupId;

/**
 * The one-byte codes of group types in our files and in Ratis group ids. They are part of those
 * formats: never renumber them.
 */
public final class GroupTypeCodes {
  private GroupTypeCodes() {}

  public static int code(ConsensusGroupId.Type type) {
    return switch (type) {
      case CONFIG_REGION -> 0;
      case SCHEMA_REGION -> 1;
      case DATA_REGION -> 2;
    };
  }

  /**
   * @throws IllegalArgumentException for an unknown code
   */
  public static ConsensusGroupId.Type type(int code) {
    return switch (code) {
      case 0 -> ConsensusGroupId.Type.CONFIG_REGION;
      case 1 -> ConsensusGroupId.Type.SCHEMA_REGION;
      case 2 -> ConsensusGroupId.Type.DATA_REGION;
      default -> throw new IllegalArgumentException("unknown group type code " + code);
    };
  }
}
