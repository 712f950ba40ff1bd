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

  /**
   * Parses a {@link #displayName()} back into a group id.
   *
   * @throws IllegalArgumentException if {@code name} is not a display name
   */
  public static ConsensusGroupId parse(String name) {
    int dash = name.lastIndexOf('-');
    if (dash <= 0 || dash == name.length() - 1) {
      throw new IllegalArgumentException("'" + name + "' is not a consensus group name");
    }
    Type type =
        switch (name.substring(0, dash)) {
          case "ConfigRegion" -> Type.CONFIG_REGION;
          case "SchemaRegion" -> Type.SCHEMA_REGION;
          case "DataRegion" -> Type.DATA_REGION;
          default ->
              throw new IllegalArgumentException("'" + name + "' is not a consensus group name");
        };
    String digits = name.substring(dash + 1);
    if (digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("'" + name + "' is not a consensus group name");
    }
    long id = Long.parseLong(digits);
    if (id > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("'" + name + "' is not a consensus group name");
    }
    return new ConsensusGroupId(type, (int) id);
  }

  @Override
  public String toString() {
    return displayName();
  }
}
