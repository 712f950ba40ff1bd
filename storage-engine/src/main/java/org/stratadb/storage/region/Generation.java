package org.stratadb.storage.region;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.memtable.MemTable;

/**
 * The memtables written between two WAL rolls, one per time partition and space. A generation is
 * identified by its WAL segment: it is durable in TsFiles exactly when that segment may go. While
 * working it takes inserts (and deletions in place); once frozen it never changes, and deletions
 * that arrive while it flushes are kept aside, applied on read and written to the mods of its
 * files.
 */
final class Generation {
  private final long id;
  private final Map<PartitionSpace, MemTable> memTables =
      new TreeMap<>(
          (a, b) ->
              a.partition() != b.partition()
                  ? Long.compare(a.partition(), b.partition())
                  : Boolean.compare(a.sequence(), b.sequence()));
  private final List<Deletion> lateDeletions = Collections.synchronizedList(new ArrayList<>());
  private long accountedBytes;
  private volatile boolean frozen;

  Generation(long id) {
    this.id = id;
  }

  long id() {
    return id;
  }

  MemTable memTable(PartitionSpace key) {
    return memTables.computeIfAbsent(key, k -> new MemTable());
  }

  Map<PartitionSpace, MemTable> memTables() {
    return memTables;
  }

  boolean isEmpty() {
    for (MemTable table : memTables.values()) {
      if (!table.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  long memoryBytes() {
    long total = 0;
    for (MemTable table : memTables.values()) {
      total += table.memoryBytes();
    }
    return total;
  }

  /** Bytes already reserved in the memory budget for this generation. */
  long accountedBytes() {
    return accountedBytes;
  }

  void setAccountedBytes(long bytes) {
    accountedBytes = bytes;
  }

  void freeze() {
    frozen = true;
  }

  boolean frozen() {
    return frozen;
  }

  void addLateDeletion(Deletion deletion) {
    lateDeletions.add(deletion);
  }

  List<Deletion> lateDeletions() {
    synchronized (lateDeletions) {
      return List.copyOf(lateDeletions);
    }
  }
}
