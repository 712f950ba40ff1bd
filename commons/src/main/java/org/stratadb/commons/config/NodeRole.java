package org.stratadb.commons.config;

/**
 * The two kinds of StrataDB process, with what the configuration layer needs to know about each:
 * the prefix of its own keys and the name of its legacy conf file.
 */
public enum NodeRole {
  CONFIG_NODE("ConfigNode", "cn_", "iotdb-confignode.properties"),
  DATA_NODE("DataNode", "dn_", "iotdb-datanode.properties");

  private final String displayName;
  private final String keyPrefix;
  private final String legacyFileName;

  NodeRole(String displayName, String keyPrefix, String legacyFileName) {
    this.displayName = displayName;
    this.keyPrefix = keyPrefix;
    this.legacyFileName = legacyFileName;
  }

  public String displayName() {
    return displayName;
  }

  /** The prefix of keys only this role reads, e.g. {@code dn_}. */
  public String keyPrefix() {
    return keyPrefix;
  }

  /** The role's own file in the pre-1.3.3 layout, e.g. {@code iotdb-datanode.properties}. */
  public String legacyFileName() {
    return legacyFileName;
  }
}
