package org.stratadb.commons.cluster;

import org.stratadb.commons.config.ConfigChoice;

/**
 * The hash that maps a device to its series partition slot, named by IoTDB's class names so that
 * IoTDB conf files work unchanged. All nodes of a cluster must use the same one from the start.
 */
public enum SeriesPartitionExecutorClass implements ConfigChoice {
  BKDR_HASH("BKDRHashExecutor"),
  AP_HASH("APHashExecutor"),
  JS_HASH("JSHashExecutor"),
  SDBM_HASH("SDBMHashExecutor");

  private static final String PACKAGE = "org.apache.iotdb.commons.partition.executor.hash.";

  private final String className;

  SeriesPartitionExecutorClass(String simpleName) {
    this.className = PACKAGE + simpleName;
  }

  public String className() {
    return className;
  }

  @Override
  public String configValue() {
    return className;
  }
}
