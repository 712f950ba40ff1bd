package org.stratadb.query.spi;

import java.util.Objects;

/**
 * Everything the query engine needs from its DataNode: the schema, the partition table and the data
 * regions. The DataNode implements the three interfaces; tests use in-memory ones.
 */
public record QueryServices(SchemaLookup schema, PartitionLookup partitions, RegionAccess regions) {
  public QueryServices {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(regions, "regions");
  }
}
