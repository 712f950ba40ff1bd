package org.stratadb.storage.api;

import org.stratadb.storage.region.StorageEngineImpl;

/**
 * The storage engine of a DataNode: opens data regions and owns what they share (the memtable
 * memory budget, flush and compaction threads, the cache of open TsFile readers).
 */
public interface StorageEngine extends AutoCloseable {

  /** Starts an engine; regions are opened (and recovered) one by one with {@link #openRegion}. */
  static StorageEngine open(StorageOptions options) {
    return new StorageEngineImpl(options);
  }

  /**
   * Opens a region, recovering whatever a previous run left: sealed files are loaded, unfinished
   * flushes and compactions are undone or finished, and the WAL is replayed. Opening an open region
   * returns the same instance.
   */
  DataRegion openRegion(String database, int regionId) throws StorageException;

  /**
   * Closes a region if it is open and deletes all of its files: TsFiles and their companions, WAL
   * and state. Deleting a region that does not exist does nothing.
   */
  void deleteRegion(String database, int regionId) throws StorageException;

  /** Flushes and closes every open region. */
  @Override
  void close() throws StorageException;
}
