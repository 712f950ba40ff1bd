package org.stratadb.storage.region;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.memtable.MemTable;

/**
 * Refuses a batch that the memtables could not take, before it is logged: a series keeps one type
 * and a device one alignment within a memtable, and a measurement appears once per tablet. The
 * batch is checked as a whole, against itself and the working memtables, so a WAL record is always
 * replayable and a write is applied entirely or not at all.
 */
final class BatchCheck {
  private final Generation working;
  private final Map<String, Boolean> aligned = new HashMap<>();
  private final Map<String, Map<String, TSDataType>> types = new HashMap<>();

  BatchCheck(Generation working) {
    this.working = working;
  }

  void check(List<Tablet> tablets) throws StorageException {
    for (Tablet tablet : tablets) {
      checkAlignment(tablet);
      Map<String, TSDataType> known = typesOf(tablet.device());
      Set<String> seen = new HashSet<>();
      for (int c = 0; c < tablet.columnCount(); c++) {
        ColumnSpec column = tablet.column(c);
        if (!seen.add(column.measurement())) {
          throw new StorageException(
              "measurement "
                  + column.measurement()
                  + " appears twice in one write to "
                  + tablet.device());
        }
        TSDataType previous = known.putIfAbsent(column.measurement(), column.type());
        if (previous != null && previous != column.type()) {
          throw new StorageException(
              "series "
                  + tablet.device()
                  + "."
                  + column.measurement()
                  + " holds "
                  + previous
                  + " data, the write has "
                  + column.type());
        }
      }
    }
  }

  private void checkAlignment(Tablet tablet) throws StorageException {
    Boolean before = aligned.computeIfAbsent(tablet.device(), this::knownAlignment);
    if (before != null && before != tablet.aligned()) {
      throw new StorageException(
          "device "
              + tablet.device()
              + " is "
              + (before ? "aligned" : "not aligned")
              + " but the write is "
              + (tablet.aligned() ? "aligned" : "not aligned"));
    }
    aligned.put(tablet.device(), tablet.aligned());
  }

  private Boolean knownAlignment(String device) {
    for (MemTable table : working.memTables().values()) {
      if (table.devices().contains(device)) {
        return table.isAligned(device);
      }
    }
    return null;
  }

  private Map<String, TSDataType> typesOf(String device) {
    return types.computeIfAbsent(
        device,
        d -> {
          Map<String, TSDataType> known = new HashMap<>();
          for (MemTable table : working.memTables().values()) {
            if (table.devices().contains(d)) {
              for (ColumnSpec column : table.columns(d)) {
                known.put(column.measurement(), column.type());
              }
            }
          }
          return known;
        });
  }
}
