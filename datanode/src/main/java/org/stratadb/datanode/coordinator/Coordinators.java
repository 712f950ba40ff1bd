package org.stratadb.datanode.coordinator;

import org.stratadb.datanode.cluster.ConfigNodeClient;
import org.stratadb.datanode.conf.DataNodeConfig;
import org.stratadb.datanode.coordinator.ddl.DatabaseStatements;
import org.stratadb.datanode.coordinator.schema.SchemaRegions;
import org.stratadb.datanode.coordinator.schema.SchemaStatements;
import org.stratadb.datanode.coordinator.table.ClusterInfoQueries;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.query.ClusterPartitionLookup;
import org.stratadb.datanode.query.ClusterSchemaLookup;
import org.stratadb.datanode.query.LocalRegionAccess;
import org.stratadb.datanode.region.RegionManager;
import org.stratadb.datanode.schema.SchemaEngine;
import org.stratadb.datanode.write.DataDeleter;
import org.stratadb.datanode.write.WriteExecutor;
import org.stratadb.query.api.QueryEngine;
import org.stratadb.query.spi.QueryServices;

/** Wires the DataNode's coordinator from the node's engines and caches. */
public final class Coordinators {
  private Coordinators() {}

  public static Coordinator create(
      DataNodeConfig config,
      PartitionCache partitions,
      SchemaEngine schemaEngine,
      RegionManager regions,
      ConfigNodeClient configNodes) {
    SchemaStatements schema = new SchemaStatements(new SchemaRegions(partitions, schemaEngine));
    QueryEngine queries =
        new QueryEngine(
            new QueryServices(
                new ClusterSchemaLookup(schema),
                new ClusterPartitionLookup(partitions),
                new LocalRegionAccess(regions)));
    StatementDispatcher.Parts parts =
        new StatementDispatcher.Parts(
            new DatabaseStatements(configNodes, partitions),
            schema,
            new ClusterInfoQueries(configNodes),
            new WriteExecutor(partitions, schemaEngine, regions, config.autoCreateSchema()),
            new DataDeleter(partitions, regions),
            regions,
            queries);
    return new CoordinatorImpl(parts, config.cluster().timestampPrecision());
  }
}
