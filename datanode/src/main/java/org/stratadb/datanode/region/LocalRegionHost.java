package org.stratadb.datanode.region;

import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.schema.SchemaEngine;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;

/** Hosts regions in this process: schema regions in the schema engine, data regions in storage. */
public final class LocalRegionHost implements RegionHost {
  private final RegionManager dataRegions;
  private final SchemaEngine schema;
  private final StorageEngine storage;
  private final PartitionCache partitions;
  private final java.util.Map<Integer, String> dataRegionDatabases =
      new java.util.concurrent.ConcurrentHashMap<>();

  public LocalRegionHost(
      RegionManager dataRegions,
      SchemaEngine schema,
      StorageEngine storage,
      PartitionCache partitions) {
    this.dataRegions = dataRegions;
    this.schema = schema;
    this.storage = storage;
    this.partitions = partitions;
  }

  @Override
  public void createSchemaRegion(int regionId, String database) {
    schema.createRegion(regionId, PartialPath.parseFull(database));
  }

  @Override
  public void createDataRegion(int regionId, String database) {
    dataRegions.openDataRegion(regionId, database);
    dataRegionDatabases.put(regionId, database);
  }

  @Override
  public void deleteSchemaRegion(int regionId) {
    schema.deleteRegion(regionId);
  }

  @Override
  public void deleteDataRegion(int regionId) {
    String database = dataRegionDatabases.remove(regionId);
    dataRegions.dropDataRegion(regionId);
    if (database != null) {
      try {
        storage.deleteRegion(database, regionId);
      } catch (StorageException e) {
        throw new StrataException(
            StatusCode.STORAGE_ENGINE_ERROR,
            "cannot delete the files of DataRegion " + regionId + ": " + e.getMessage(),
            e);
      }
    }
  }

  @Override
  public void invalidateCaches(List<String> databases) {
    partitions.invalidate(databases);
  }

  @Override
  public String nodeStatus() {
    return "Running";
  }
}
