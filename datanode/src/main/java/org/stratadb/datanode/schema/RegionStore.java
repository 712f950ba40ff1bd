package org.stratadb.datanode.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.path.PartialPath;

/**
 * The files of one schema region: {@code schema.snapshot} (the tree as of one log position) and
 * {@code schema.log} (every change after it). All methods run under the region's write lock.
 */
final class RegionStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RegionStore.class);
  static final String LOG_FILE = "schema.log";
  static final String SNAPSHOT_FILE = "schema.snapshot";

  private final Path dir;
  private final int regionId;
  private final PartialPath database;
  private OpLog log;
  private long lastLsn;

  private RegionStore(Path dir, int regionId, PartialPath database, OpLog log, long lastLsn) {
    this.dir = dir;
    this.regionId = regionId;
    this.database = database;
    this.log = log;
    this.lastLsn = lastLsn;
  }

  /** What {@link #recover} rebuilt. */
  record Recovered(RegionStore store, MTree tree, int replayed, long droppedBytes) {}

  static boolean isRegionDir(Path dir) {
    return Files.exists(dir.resolve(LOG_FILE)) || Files.exists(dir.resolve(SNAPSHOT_FILE));
  }

  /** A new, empty region in {@code dir} (created if missing). */
  static RegionStore create(Path dir, int regionId, PartialPath database) throws IOException {
    Files.createDirectories(dir);
    OpLog log = OpLog.create(dir.resolve(LOG_FILE), regionId, database);
    return new RegionStore(dir, regionId, database, log, 0);
  }

  /** Loads the snapshot, replays the log after it, and repairs a torn log tail. */
  static Recovered recover(Path dir) throws IOException {
    Path snapshotFile = dir.resolve(SNAPSHOT_FILE);
    Path logFile = dir.resolve(LOG_FILE);
    SnapshotFile.Loaded snapshot =
        Files.exists(snapshotFile) ? SnapshotFile.read(snapshotFile) : null;
    if (!Files.exists(logFile)) {
      if (snapshot == null) {
        throw new CorruptSchemaException(dir + " holds no schema region");
      }
      OpLog log = OpLog.create(logFile, snapshot.regionId(), snapshot.database());
      RegionStore store =
          new RegionStore(dir, snapshot.regionId(), snapshot.database(), log, snapshot.lastLsn());
      return new Recovered(store, snapshot.tree(), 0, 0);
    }
    OpLog.Recovered found = OpLog.open(logFile);
    if (snapshot != null
        && (snapshot.regionId() != found.regionId()
            || !snapshot.database().equals(found.database()))) {
      found.log().close();
      throw new CorruptSchemaException(
          dir
              + ": snapshot of region "
              + snapshot.regionId()
              + " "
              + snapshot.database()
              + " but log of region "
              + found.regionId()
              + " "
              + found.database());
    }
    MTree tree = snapshot != null ? snapshot.tree() : new MTree(found.database());
    long lsn = snapshot != null ? snapshot.lastLsn() : 0;
    int replayed = 0;
    for (OpLog.Entry entry : found.entries()) {
      if (entry.lsn() <= lsn) {
        continue; // already in the snapshot (a crash came between snapshot and log reset)
      }
      tree.apply(entry.op());
      lsn = entry.lsn();
      replayed++;
    }
    if (found.droppedBytes() > 0) {
      LOG.warn(
          "Schema region {}: dropped {} bytes of torn or corrupt log tail after {} good records",
          found.regionId(),
          found.droppedBytes(),
          found.entries().size());
    }
    RegionStore store = new RegionStore(dir, found.regionId(), found.database(), found.log(), lsn);
    return new Recovered(store, tree, replayed, found.droppedBytes());
  }

  int regionId() {
    return regionId;
  }

  PartialPath database() {
    return database;
  }

  Path dir() {
    return dir;
  }

  long lastLsn() {
    return lastLsn;
  }

  int logRecords() {
    return log.records();
  }

  /** Appends the op under the next log position; durable after {@link #sync}. */
  void append(SchemaOp op) throws IOException {
    log.append(lastLsn + 1, op);
    lastLsn++;
  }

  void sync() throws IOException {
    log.sync();
  }

  /** Writes the tree as a snapshot, then starts an empty log after it. */
  void snapshot(MTree tree) throws IOException {
    long start = System.nanoTime();
    SnapshotFile.write(dir.resolve(SNAPSHOT_FILE), regionId, tree, lastLsn);
    OpLog fresh = OpLog.create(dir.resolve(LOG_FILE), regionId, database);
    log.close();
    log = fresh;
    LOG.info(
        "Schema region {}: snapshot at log position {} written in {} ms ({} bytes)",
        regionId,
        lastLsn,
        (System.nanoTime() - start) / 1_000_000,
        Files.size(dir.resolve(SNAPSHOT_FILE)));
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
