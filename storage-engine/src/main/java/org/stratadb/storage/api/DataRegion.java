package org.stratadb.storage.api;

import java.util.List;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;

/**
 * The storage of one data region: the single entry point the DataNode, the consensus state machines
 * and the query engine use. Open one with {@link StorageEngine#openRegion}.
 *
 * <p>A write returns once it is durable as the region's WAL mode promises: in every mode but
 * DISABLE its WAL record has been handed to the operating system, so a killed process never loses
 * it; in SYNC mode it has also been forced to disk. Reads see every write that has returned.
 *
 * <p>All methods are safe to call from many threads.
 */
public interface DataRegion extends AutoCloseable {

  /** Writes one batch; all its rows are logged as one WAL record. */
  void write(Tablet tablet) throws StorageException;

  /** Writes several batches (several devices, or rows of one) acknowledged together. */
  void write(List<Tablet> tablets) throws StorageException;

  /** Raw data of some measurements of one device. */
  BlockIterator scan(SeriesScan scan) throws StorageException;

  /** Aggregations of one series, from chunk and page statistics wherever that is safe. */
  List<AggregationRow> aggregate(AggregationQuery query) throws StorageException;

  /** The newest point of a series, from the last cache; empty when it has none. */
  Optional<LastPoint> last(String device, String measurement, TSDataType type)
      throws StorageException;

  /** Deletes points; reads stop seeing them at once, compaction drops them for good. */
  void delete(Deletion deletion) throws StorageException;

  /**
   * Sets the time to live of the series under {@code pathPattern} (a database or device pattern
   * such as {@code root.sg.**}); points older than now minus {@code ttlMillis} become invisible at
   * once and are removed in the background. {@code Long.MAX_VALUE} removes the TTL.
   */
  void setTtl(String pathPattern, long ttlMillis) throws StorageException;

  /** Flushes every memtable to TsFiles and returns when they are durable. */
  void flush() throws StorageException;

  /** Counters and sizes of this region, for monitoring and tests. */
  RegionStats stats();

  /** Flushes and releases everything; the region cannot be used afterwards. */
  @Override
  void close() throws StorageException;
}
