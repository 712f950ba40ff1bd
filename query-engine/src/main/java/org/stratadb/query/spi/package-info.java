/**
 * What the query engine needs from its DataNode, as three small interfaces bundled in {@link
 * org.stratadb.query.spi.QueryServices}: {@link org.stratadb.query.spi.SchemaLookup} (path pattern
 * to concrete series), {@link org.stratadb.query.spi.PartitionLookup} (device and time range to the
 * data regions holding it, one {@link org.stratadb.query.spi.RegionSlice} per stretch of time
 * partitions) and {@link org.stratadb.query.spi.RegionAccess} (region id to a {@link
 * org.stratadb.query.spi.RegionReader}; {@code RegionReader.local(DataRegion)} wraps a region of
 * this node's storage engine).
 */
package org.stratadb.query.spi;
