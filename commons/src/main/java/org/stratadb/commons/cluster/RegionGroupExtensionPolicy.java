package org.stratadb.commons.cluster;

import org.stratadb.commons.config.ConfigChoice;

/** How the ConfigNode decides how many region groups a database gets. */
public enum RegionGroupExtensionPolicy implements ConfigChoice {
  /** A fixed number per database, allocated when the database is created. */
  CUSTOM,
  /** Start from the configured minimum and add groups as the cluster and the data grow. */
  AUTO;

  @Override
  public String configValue() {
    return name();
  }
}
