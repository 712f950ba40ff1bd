package org.stratadb.datanode.rpc.client;

import static org.stratadb.datanode.rpc.client.WireTypes.illegal;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.datanode.coordinator.Coordinator;
import org.stratadb.datanode.coordinator.StringRow;
import org.stratadb.protocol.client.TSInsertRecordReq;
import org.stratadb.protocol.client.TSInsertRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertRecordsReq;
import org.stratadb.protocol.client.TSInsertStringRecordReq;
import org.stratadb.protocol.client.TSInsertStringRecordsOfOneDeviceReq;
import org.stratadb.protocol.client.TSInsertStringRecordsReq;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.protocol.client.TSInsertTabletsReq;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.query.api.SessionContext;
import org.stratadb.storage.api.Tablet;

/**
 * Every write call: typed tablets and records become {@link Tablet}s, text records {@link
 * StringRow}s, and the coordinator gets each request in one call. With {@code dryRun} (the {@code
 * testInsert*} calls) a request is decoded and checked, then dropped.
 */
final class InsertCalls {
  private final Coordinator coordinator;

  /**
   * Each worker thread decodes tablets into its own reused arrays; a request resets them when it
   * starts, since the previous request's write has returned (and the engine copied what it keeps).
   */
  private final ThreadLocal<ColumnArena> arenas = ThreadLocal.withInitial(ColumnArena::new);

  InsertCalls(Coordinator coordinator) {
    this.coordinator = coordinator;
  }

  private ColumnArena arena() {
    ColumnArena arena = arenas.get();
    arena.reset();
    return arena;
  }

  TSStatus insertTablet(ConnectionContext c, TSInsertTabletReq req, boolean dryRun) {
    return Statuses.run(
        "insertTablet",
        () -> {
          SessionContext session = c.requireSession().context();
          // The fields, not bufferFor*(), which copy the bytes: the buffers are views of the
          // request's frame and are only read.
          Tablet tablet =
              TabletDecoder.decode(
                  req.getPrefixPath(),
                  req.isIsAligned(),
                  req.getMeasurements(),
                  req.getTypes(),
                  req.timestamps,
                  req.values,
                  req.getSize(),
                  arena());
          if (!dryRun && tablet.rowCount() > 0) {
            coordinator.insertTablets(session, List.of(tablet));
          }
        });
  }

  TSStatus insertTablets(ConnectionContext c, TSInsertTabletsReq req, boolean dryRun) {
    int devices = req.getPrefixPaths() == null ? 0 : req.getPrefixPaths().size();
    try {
      SessionContext session = c.requireSession().context();
      requireSizes(
          "insertTablets",
          devices,
          req.getMeasurementsList(),
          req.getValuesList(),
          req.getTimestampsList(),
          req.getTypesList(),
          req.getSizeList());
      List<Tablet> tablets = new ArrayList<>(devices);
      ColumnArena arena = arena();
      for (int i = 0; i < devices; i++) {
        Tablet tablet =
            TabletDecoder.decode(
                req.getPrefixPaths().get(i),
                req.isIsAligned(),
                req.getMeasurementsList().get(i),
                req.getTypesList().get(i),
                req.getTimestampsList().get(i),
                req.getValuesList().get(i),
                req.getSizeList().get(i),
                arena);
        if (tablet.rowCount() > 0) {
          tablets.add(tablet);
        }
      }
      if (!dryRun && !tablets.isEmpty()) {
        coordinator.insertTablets(session, tablets);
      }
      return Statuses.ok();
    } catch (RuntimeException e) {
      return Statuses.multiDeviceFailure("insertTablets", e, devices);
    }
  }

  TSStatus insertRecord(ConnectionContext c, TSInsertRecordReq req, boolean dryRun) {
    return Statuses.run(
        "insertRecord",
        () -> {
          SessionContext session = c.requireSession().context();
          RecordTablets rows = new RecordTablets(1);
          rows.add(
              req.getPrefixPath(),
              req.isIsAligned(),
              req.getTimestamp(),
              req.getMeasurements(),
              req.bufferForValues());
          write(session, rows.finish(), dryRun);
        });
  }

  TSStatus insertRecords(ConnectionContext c, TSInsertRecordsReq req, boolean dryRun) {
    int devices = req.getPrefixPaths() == null ? 0 : req.getPrefixPaths().size();
    try {
      SessionContext session = c.requireSession().context();
      requireSizes(
          "insertRecords",
          devices,
          req.getMeasurementsList(),
          req.getValuesList(),
          req.getTimestamps());
      RecordTablets rows = new RecordTablets(devices);
      for (int i = 0; i < devices; i++) {
        rows.add(
            req.getPrefixPaths().get(i),
            req.isIsAligned(),
            req.getTimestamps().get(i),
            req.getMeasurementsList().get(i),
            req.getValuesList().get(i));
      }
      write(session, rows.finish(), dryRun);
      return Statuses.ok();
    } catch (RuntimeException e) {
      return Statuses.multiDeviceFailure("insertRecords", e, devices);
    }
  }

  TSStatus insertRecordsOfOneDevice(
      ConnectionContext c, TSInsertRecordsOfOneDeviceReq req, boolean dryRun) {
    return Statuses.run(
        "insertRecordsOfOneDevice",
        () -> {
          SessionContext session = c.requireSession().context();
          int n = sizeOf(req.getTimestamps());
          requireSizes(
              "insertRecordsOfOneDevice", n, req.getMeasurementsList(), req.getValuesList());
          RecordTablets rows = new RecordTablets(n);
          for (int i = 0; i < n; i++) {
            rows.add(
                req.getPrefixPath(),
                req.isIsAligned(),
                req.getTimestamps().get(i),
                req.getMeasurementsList().get(i),
                req.getValuesList().get(i));
          }
          write(session, rows.finish(), dryRun);
        });
  }

  TSStatus insertStringRecord(ConnectionContext c, TSInsertStringRecordReq req, boolean dryRun) {
    return Statuses.run(
        "insertStringRecord",
        () -> {
          SessionContext session = c.requireSession().context();
          StringRow row =
              stringRow(
                  req.getPrefixPath(),
                  req.isIsAligned(),
                  req.getTimestamp(),
                  req.getMeasurements(),
                  req.getValues());
          writeStrings(session, List.of(row), dryRun);
        });
  }

  TSStatus insertStringRecords(ConnectionContext c, TSInsertStringRecordsReq req, boolean dryRun) {
    int devices = req.getPrefixPaths() == null ? 0 : req.getPrefixPaths().size();
    try {
      SessionContext session = c.requireSession().context();
      requireSizes(
          "insertStringRecords",
          devices,
          req.getMeasurementsList(),
          req.getValuesList(),
          req.getTimestamps());
      List<StringRow> rows = new ArrayList<>(devices);
      for (int i = 0; i < devices; i++) {
        rows.add(
            stringRow(
                req.getPrefixPaths().get(i),
                req.isIsAligned(),
                req.getTimestamps().get(i),
                req.getMeasurementsList().get(i),
                req.getValuesList().get(i)));
      }
      writeStrings(session, rows, dryRun);
      return Statuses.ok();
    } catch (RuntimeException e) {
      return Statuses.multiDeviceFailure("insertStringRecords", e, devices);
    }
  }

  TSStatus insertStringRecordsOfOneDevice(
      ConnectionContext c, TSInsertStringRecordsOfOneDeviceReq req, boolean dryRun) {
    return Statuses.run(
        "insertStringRecordsOfOneDevice",
        () -> {
          SessionContext session = c.requireSession().context();
          int n = sizeOf(req.getTimestamps());
          requireSizes(
              "insertStringRecordsOfOneDevice", n, req.getMeasurementsList(), req.getValuesList());
          List<StringRow> rows = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            rows.add(
                stringRow(
                    req.getPrefixPath(),
                    req.isIsAligned(),
                    req.getTimestamps().get(i),
                    req.getMeasurementsList().get(i),
                    req.getValuesList().get(i)));
          }
          writeStrings(session, rows, dryRun);
        });
  }

  private void write(SessionContext session, List<Tablet> tablets, boolean dryRun) {
    tablets.removeIf(t -> t.rowCount() == 0 || t.columnCount() == 0);
    if (!dryRun && !tablets.isEmpty()) {
      coordinator.insertTablets(session, tablets);
    }
  }

  private void writeStrings(SessionContext session, List<StringRow> rows, boolean dryRun) {
    if (!dryRun && !rows.isEmpty()) {
      coordinator.insertStringRows(session, rows);
    }
  }

  private static StringRow stringRow(
      String device, boolean aligned, long time, List<String> measurements, List<String> values) {
    if (device == null || measurements == null || values == null) {
      throw illegal("a record needs a device, measurements and values");
    }
    if (measurements.size() != values.size()) {
      throw illegal(
          "a record of "
              + device
              + " has "
              + measurements.size()
              + " measurements but "
              + values.size()
              + " values");
    }
    if (measurements.contains(null)) {
      throw illegal("a record of " + device + " has a null measurement name");
    }
    return new StringRow(device, aligned, time, measurements, values);
  }

  private static int sizeOf(List<?> list) {
    if (list == null) {
      throw illegal("a required list is missing");
    }
    return list.size();
  }

  /** Every parallel list of a request has one entry per device (or row). */
  private static void requireSizes(String call, int expected, List<?>... lists) {
    for (List<?> list : lists) {
      if (list == null || list.size() != expected) {
        throw illegal(
            call
                + ": parallel lists differ in length ("
                + expected
                + " vs "
                + (list == null ? "missing" : list.size())
                + ")");
      }
    }
  }
}
