package org.stratadb.datanode.coordinator.schema;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.partition.DeviceRoute;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.schema.SchemaEngine;
import org.stratadb.datanode.schema.SchemaRegion;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDatabaseRegions;

/**
 * Finds the schema regions a statement touches: the one of a device (for DDL on one path) or all of
 * the databases a pattern may reach (for SHOW, COUNT, DROP with wildcards).
 */
public final class SchemaRegions {
  private final PartitionCache partitions;
  private final SchemaEngine engine;

  public SchemaRegions(PartitionCache partitions, SchemaEngine engine) {
    this.partitions = partitions;
    this.engine = engine;
  }

  /** The schema region of a device, creating its database and region if allowed. */
  public SchemaRegion forDevice(PartialPath device) {
    DeviceRoute route = partitions.routeForWrite(device.toString());
    return local(route.schemaRegion(), route.database());
  }

  /** The schema regions of every database the pattern may reach, in database order. */
  public List<SchemaRegion> forPattern(PartialPath pattern) {
    List<SchemaRegion> regions = new ArrayList<>();
    for (TDatabaseRegions db : partitions.regionsOf(List.of(pattern.toString()))) {
      for (TRegionReplicaSet set : db.getSchemaRegions()) {
        regions.add(local(set.getRegionId().getId(), db.getDatabase()));
      }
    }
    return regions;
  }

  private SchemaRegion local(int regionId, String database) {
    return engine
        .region(regionId)
        .orElseThrow(
            () ->
                new StrataException(
                    StatusCode.INTERNAL_SERVER_ERROR,
                    "SchemaRegion "
                        + regionId
                        + " of "
                        + database
                        + " is not hosted on this DataNode; reading other nodes' schema"
                        + " arrives with multi-DataNode clusters"));
  }
}
