package org.stratadb.datanode.partition;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Where one device's schema and data live, as far as this node has asked the ConfigNode: its
 * database, series slot, schema region and the data region of each time slot seen so far.
 */
public final class DeviceRoute {
  private final String device;
  private final String database;
  private final int seriesSlot;
  private final int schemaRegion;
  private final ConcurrentHashMap<Long, Integer> dataRegions = new ConcurrentHashMap<>();

  DeviceRoute(String device, String database, int seriesSlot, int schemaRegion) {
    this.device = device;
    this.database = database;
    this.seriesSlot = seriesSlot;
    this.schemaRegion = schemaRegion;
  }

  public String device() {
    return device;
  }

  public String database() {
    return database;
  }

  public int seriesSlot() {
    return seriesSlot;
  }

  public int schemaRegion() {
    return schemaRegion;
  }

  /** The data region of a time slot, or -1 if this node has not learned it yet. */
  int cachedDataRegion(long timeSlot) {
    Integer region = dataRegions.get(timeSlot);
    return region == null ? -1 : region;
  }

  void remember(long timeSlot, int region) {
    dataRegions.put(timeSlot, region);
  }
}
