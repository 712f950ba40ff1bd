package org.stratadb.commons.config;

/** When a new value of a setting takes effect. */
public enum ChangeMode {
  /** Fixed once the cluster has started; changing it later would corrupt partitions or replicas. */
  FIRST_START("fixed when the cluster first starts"),
  /** Read at start-up; a changed value applies after the node restarts. */
  RESTART("applies after a restart"),
  /** May be changed while the node runs. */
  RUNTIME("can change while running");

  private final String description;

  ChangeMode(String description) {
    this.description = description;
  }

  public boolean changeableAtRuntime() {
    return this == RUNTIME;
  }

  /** A few words for the conf files, e.g. "applies after a restart". */
  public String description() {
    return description;
  }
}
