package org.stratadb.consensus.api;

/**
 * One consensus group: the ConfigNodes' group, or one schema or data region group. The ids are
 * unique per type within a cluster.
 */
public record ConsensusGroupId(Type type, int id) {

  /** What a group replicates. */
  public enum Type {
    CONFIG_REGION,
    SCHEMA_REGION,
    DATA_REGION
  }

  public ConsensusGroupId {
    if (type == null) {
      throw new IllegalArgumentException("group type is required");
    }
    if (id < 0) {
      throw new IllegalArgumentException("group id must not be negative: " + id);
    }
  }

  /** A stable, file-name-safe name such as {@code DataRegion-3}. */
  public String displayName() {
    return switch (type) {
      case CONFIG_REGION -> "ConfigRegion-" + id;
      case SCHEMA_REGION -> "SchemaRegion-" + id;
      case DATA_REGION -> "DataRegion-" + id;
    };
  }

  @Override
  public String toString() {
    return displayName();
  }
}
