package org.stratadb.datanode.write;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.datanode.partition.DeviceRoute;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.datanode.region.RegionManager;
import org.stratadb.datanode.schema.SchemaEngine;
import org.stratadb.datanode.schema.SchemaRegion;
import org.stratadb.datanode.schema.WriteColumns;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.WriteRejectedException;

/**
 * The write path of the DataNode: route a device (database, schema region), check or create its
 * series, split its rows by time slot and write each piece to its data region. For a device and
 * time slot seen before, this is two hash lookups and the storage write; nothing is allocated per
 * point.
 */
public final class WriteExecutor {
  private final PartitionCache partitions;
  private final SchemaEngine schema;
  private final RegionManager regions;
  private final TimeSlotSplitter splitter;
  private final boolean autoCreate;
  private final ThreadLocal<WriteColumns> columns = ThreadLocal.withInitial(WriteColumns::new);

  public WriteExecutor(
      PartitionCache partitions, SchemaEngine schema, RegionManager regions, boolean autoCreate) {
    this.partitions = partitions;
    this.schema = schema;
    this.regions = regions;
    this.splitter = new TimeSlotSplitter(partitions.slots());
    this.autoCreate = autoCreate;
  }

  /** Writes typed tablets, one device each. */
  public void write(List<Tablet> tablets) {
    for (Tablet tablet : tablets) {
      write(tablet);
    }
  }

  /** Writes one typed tablet. */
  public void write(Tablet tablet) {
    DeviceRoute route = partitions.routeForWrite(tablet.device());
    SchemaRegion region = schemaRegion(route);
    int n = tablet.columnCount();
    String[] names = new String[n];
    TSDataType[] types = new TSDataType[n];
    for (int c = 0; c < n; c++) {
      names[c] = tablet.column(c).measurement();
      types[c] = tablet.column(c).type();
    }
    WriteColumns resolved = columns.get();
    region.resolveWrite(tablet.device(), tablet.aligned(), names, types, autoCreate, resolved);
    StrataException failed = resolved.summary(names);
    if (failed != null) {
      throw failed;
    }
    ColumnSpec[] specs = new ColumnSpec[n];
    for (int c = 0; c < n; c++) {
      specs[c] = resolved.column(c);
    }
    store(route, tablet.withColumns(specs, resolved.aligned()));
  }

  /**
   * Writes one row whose values are text ({@code insertStringRecord}, SQL INSERT): an existing
   * series parses its value as its own type; a missing one is created with the inferred type.
   */
  public void writeTextRow(
      String device, boolean aligned, long time, String[] measurements, String[] values) {
    DeviceRoute route = partitions.routeForWrite(device);
    SchemaRegion region = schemaRegion(route);
    WriteColumns resolved = columns.get();
    region.resolveTextWrite(device, aligned, measurements, values, autoCreate, resolved);
    StrataException failed = resolved.summary(measurements);
    if (failed != null) {
      throw failed;
    }
    store(route, TextRows.toTablet(device, time, resolved));
  }

  private void store(DeviceRoute route, Tablet tablet) {
    if (tablet.rowCount() == 0 || tablet.columnCount() == 0) {
      return;
    }
    for (TimeSlotSplitter.Piece piece : splitter.split(tablet)) {
      int regionId = partitions.dataRegion(route, piece.timeSlot(), true);
      try {
        regions.requireDataRegion(regionId).write(piece.tablet());
      } catch (WriteRejectedException e) {
        throw new StrataException(StatusCode.WRITE_PROCESS_REJECT, e.getMessage(), e);
      } catch (StorageException e) {
        throw new StrataException(StatusCode.WRITE_PROCESS_ERROR, e.getMessage(), e);
      }
    }
  }

  private SchemaRegion schemaRegion(DeviceRoute route) {
    return schema
        .region(route.schemaRegion())
        .orElseThrow(
            () ->
                new StrataException(
                    StatusCode.INTERNAL_SERVER_ERROR,
                    "SchemaRegion "
                        + route.schemaRegion()
                        + " of "
                        + route.database()
                        + " is not hosted on this DataNode"));
  }
}
