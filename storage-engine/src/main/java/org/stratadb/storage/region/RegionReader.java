package org.stratadb.storage.region;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.stratadb.storage.api.AggregationKind;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.column.SortedColumn;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.mods.Deletions;
import org.stratadb.storage.read.Aggregator;
import org.stratadb.storage.read.DeviceScan;
import org.stratadb.storage.read.MemorySeriesSource;
import org.stratadb.storage.read.SeriesKey;
import org.stratadb.storage.read.TsFileSeriesSource;
import org.stratadb.storage.read.Visibility;

/**
 * The read path of a region: under the read lock it copies what the memtables hold for the series
 * and acquires the files that may hold them, then reads without the lock. Memtables rank above
 * every file (they are newer than any flushed generation), newer generations above older ones.
 */
final class RegionReader {
  private static final long MEMORY_PRIORITY_BASE = 1L << 60;

  private final RegionState state;
  private final TtlRules ttl;
  private final EngineServices services;
  private final LastValues lastValues;

  RegionReader(RegionState state, TtlRules ttl, EngineServices services, LastValues lastValues) {
    this.state = state;
    this.ttl = ttl;
    this.services = services;
    this.lastValues = lastValues;
  }

  BlockIterator scan(SeriesScan scan) throws StorageException {
    ReadSnapshot snapshot =
        snapshot(scan.device(), scan.measurements(), scan.types(), scan.range());
    try {
      return new SnapshotIterator(DeviceScan.open(scan, snapshot.sources()), snapshot);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      snapshot.close();
      throw new StorageException("cannot read " + scan.device() + ": " + e.getMessage(), e);
    }
  }

  List<AggregationRow> aggregate(AggregationQuery query) throws StorageException {
    try (ReadSnapshot snapshot =
        snapshot(
            query.device(), List.of(query.measurement()), List.of(query.type()), query.range())) {
      return new Aggregator(query).aggregate(snapshot.sources().get(0));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new StorageException(
          "cannot aggregate " + query.device() + "." + query.measurement() + ": " + e.getMessage(),
          e);
    }
  }

  Optional<LastPoint> last(String device, String measurement, TSDataType type)
      throws StorageException {
    long visibleFrom = ttl.visibleFrom(device, services.nowMillis());
    Optional<LastPoint> cached = lastValues.cache().get(device, measurement);
    if (cached.isPresent() && cached.get().time() >= visibleFrom) {
      return cached;
    }
    long epoch = lastValues.cache().epoch();
    AggregationRow row =
        aggregate(
                AggregationQuery.whole(
                    device,
                    false,
                    measurement,
                    type,
                    List.of(AggregationKind.LAST_VALUE, AggregationKind.MAX_TIME),
                    TimeRange.ALL))
            .get(0);
    LastPoint point =
        row.value(0) == null ? null : new LastPoint((Long) row.value(1), row.value(0));
    lastValues.cache().fill(device, measurement, point, epoch);
    return Optional.ofNullable(point);
  }

  private ReadSnapshot snapshot(
      String device, List<String> measurements, List<TSDataType> types, TimeRange range)
      throws StorageException {
    long visibleFrom = ttl.visibleFrom(device, services.nowMillis());
    List<TsFileHandle> files;
    ReadSnapshot snapshot;
    state.lock.readLock().lock();
    try {
      files = state.files.acquire(h -> h.resource().mayContain(device, range));
      snapshot = new ReadSnapshot(measurements.size(), files, services.readers());
      for (Generation generation : state.generations()) {
        addMemTables(snapshot, generation, device, measurements, range, visibleFrom);
      }
    } finally {
      state.lock.readLock().unlock();
    }
    try {
      for (TsFileHandle file : files) {
        addFile(snapshot, file, device, measurements, types, visibleFrom);
      }
      return snapshot;
    } catch (IOException e) {
      snapshot.close();
      throw new StorageException("cannot read the deletions of a file: " + e.getMessage(), e);
    }
  }

  private static void addMemTables(
      ReadSnapshot snapshot,
      Generation generation,
      String device,
      List<String> measurements,
      TimeRange range,
      long visibleFrom) {
    Deletions late =
        generation.frozen() ? Deletions.of(generation.lateDeletions()) : Deletions.NONE;
    for (Map.Entry<PartitionSpace, MemTable> entry : generation.memTables().entrySet()) {
      long priority =
          MEMORY_PRIORITY_BASE + generation.id() * 2 + (entry.getKey().sequence() ? 0 : 1);
      for (int i = 0; i < measurements.size(); i++) {
        SortedColumn column = entry.getValue().read(device, measurements.get(i), range);
        if (column != null) {
          Visibility visibility =
              Visibility.of(late.rangesFor(device, measurements.get(i)), visibleFrom);
          snapshot.add(i, new MemorySeriesSource(column, priority, visibility));
        }
      }
    }
  }

  private void addFile(
      ReadSnapshot snapshot,
      TsFileHandle file,
      String device,
      List<String> measurements,
      List<TSDataType> types,
      long visibleFrom)
      throws IOException {
    Deletions deletions = file.deletions();
    for (int i = 0; i < measurements.size(); i++) {
      String measurement = measurements.get(i);
      snapshot.add(
          i,
          new TsFileSeriesSource(
              services.readers(),
              file.path(),
              file.priority(),
              new SeriesKey(device, measurement, types.get(i)),
              Visibility.of(deletions.rangesFor(device, measurement), visibleFrom),
              file.resource().startTime(device)));
    }
  }

  /** Lets go of the snapshot's files when the caller closes the iterator. */
  private static final class SnapshotIterator implements BlockIterator {
    private final BlockIterator delegate;
    private final ReadSnapshot snapshot;

    SnapshotIterator(BlockIterator delegate, ReadSnapshot snapshot) {
      this.delegate = delegate;
      this.snapshot = snapshot;
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public TsBlock next() {
      return delegate.next();
    }

    @Override
    public void close() {
      try {
        delegate.close();
      } finally {
        snapshot.close();
      }
    }
  }
}
