package org.stratadb.datanode.region;

/**
 * Creates and deletes the regions of this DataNode on the ConfigNode's request. Both operations are
 * idempotent, so the ConfigNode may retry them.
 */
public interface RegionHost {

  void createSchemaRegion(int regionId, String database);

  void createDataRegion(int regionId, String database);

  void deleteSchemaRegion(int regionId);

  void deleteDataRegion(int regionId);

  /** Drops whatever this node caches about the databases (partitions, schema). */
  void invalidateCaches(java.util.List<String> databases);

  /** Running, or ReadOnly when the disks are nearly full. */
  String nodeStatus();
}
