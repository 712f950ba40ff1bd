package org.stratadb.datanode.schema;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.apache.tsfile.enums.TSDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;

/**
 * The schema of one schema region: the subtree of one database holding the devices the ConfigNode
 * assigned to this region, with their measurements.
 *
 * <p>Threads: any number of readers, no locks on the read side (queries and the write-path {@link
 * #resolveWrite} of existing series); changes are serialized by one lock per region. Every change
 * is logged (and, with {@link SchemaSettings#syncLog}, forced to disk) before the call returns.
 *
 * <p>Errors are {@link StrataException}s with IoTDB's codes and messages ({@link SchemaErrors}).
 */
public final class SchemaRegion implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaRegion.class);

  private final int id;
  private final PartialPath database;
  private final SchemaSettings settings;
  private final TextValues textValues;
  private final RegionStore store;
  private final ReentrantLock writeLock = new ReentrantLock();

  /** Device path text (canonical) to its write-path view; built on demand, dropped on change. */
  private final ConcurrentHashMap<String, DeviceSchema> views = new ConcurrentHashMap<>();

  private volatile MTree tree;
  private volatile boolean closed;

  /** Set when the log could not be written; the region then refuses changes. */
  private volatile IOException broken;

  SchemaRegion(RegionStore store, MTree tree, SchemaSettings settings) {
    this.id = store.regionId();
    this.database = store.database();
    this.settings = settings;
    this.textValues = new TextValues(settings);
    this.store = store;
    this.tree = tree;
  }

  public int id() {
    return id;
  }

  public PartialPath database() {
    return database;
  }

  public SchemaSettings settings() {
    return settings;
  }

  /** The region's directory. */
  public Path dir() {
    return store.dir();
  }

  // ---------------------------------------------------------------- creation

  /** {@code CREATE TIMESERIES device.measurement}: one non-aligned series. */
  public void createTimeseries(PartialPath device, MeasurementSpec measurement) {
    MeasurementSpec spec = measurement.withDefaults(settings);
    change(
        () -> {
          tree.validateCreate(device, List.of(spec), MTree.CreateKind.NON_ALIGNED);
          apply(new SchemaOp.Create(device, false, List.of(spec)));
          return null;
        });
  }

  /**
   * {@code CREATE TIMESERIES} of several series ({@code createMultiTimeseries}): each is created or
   * fails on its own.
   *
   * @return the failures by position in {@code series}; empty when all were created
   */
  public SortedMap<Integer, StrataException> createTimeseries(List<CreateSeries> series) {
    return change(
        () -> {
          SortedMap<Integer, StrataException> failures = new TreeMap<>();
          for (int i = 0; i < series.size(); i++) {
            CreateSeries one = series.get(i);
            MeasurementSpec spec = one.measurement().withDefaults(settings);
            try {
              tree.validateCreate(one.device(), List.of(spec), MTree.CreateKind.NON_ALIGNED);
            } catch (StrataException e) {
              failures.put(i, e);
              continue;
            }
            apply(new SchemaOp.Create(one.device(), false, List.of(spec)));
          }
          return failures;
        });
  }

  /** {@code CREATE ALIGNED TIMESERIES device(m1 ..., m2 ...)}: all or nothing. */
  public void createAlignedTimeseries(PartialPath device, List<MeasurementSpec> measurements) {
    if (measurements.isEmpty()) {
      throw new StrataException(StatusCode.ILLEGAL_PARAMETER, "no measurement to create");
    }
    List<MeasurementSpec> specs = new ArrayList<>(measurements.size());
    for (MeasurementSpec m : measurements) {
      specs.add(m.withDefaults(settings));
    }
    change(
        () -> {
          tree.validateCreate(device, specs, MTree.CreateKind.ALIGNED);
          apply(new SchemaOp.Create(device, true, specs));
          return null;
        });
  }

  // ---------------------------------------------------------------- deletion

  /**
   * {@code DELETE TIMESERIES}: removes every series a pattern matches (by name, or by alias when
   * the pattern's last node is a plain name) and the inner nodes left empty.
   *
   * @return the removed series, so the caller deletes their data; empty if nothing matched (the
   *     caller reports {@link SchemaErrors#timeseriesNotExist} once no region matched)
   */
  public List<SeriesSchema> deleteTimeseries(List<PathPattern> patterns) {
    return change(
        () -> {
          Map<PartialPath, SeriesSchema> matched = new LinkedHashMap<>();
          for (PathPattern pattern : patterns) {
            TreeWalk.series(
                tree,
                pattern,
                (device, node, m) -> {
                  SeriesSchema s = SeriesSchema.of(device, database, m, node.isAligned());
                  matched.putIfAbsent(s.path(), s);
                  return true;
                });
          }
          if (!matched.isEmpty()) {
            apply(new SchemaOp.Delete(new ArrayList<>(matched.keySet())));
          }
          return List.copyOf(matched.values());
        });
  }

  // ---------------------------------------------------------------- write path

  /**
   * The write-path view of {@code device} (its text as the client sent it), or null if it has no
   * series. Lock-free and allocation-free once cached.
   */
  public DeviceSchema deviceSchema(String device) {
    DeviceSchema view = views.get(device);
    return view != null ? view : loadView(PartialPath.parseFull(device));
  }

  public DeviceSchema deviceSchema(PartialPath device) {
    DeviceSchema view = views.get(device.toString());
    return view != null ? view : loadView(device);
  }

  private DeviceSchema loadView(PartialPath device) {
    String text = device.toString();
    DeviceSchema view = views.get(text);
    if (view != null) {
      return view;
    }
    // built under the write lock so no change can slip between reading the tree and caching
    writeLock.lock();
    try {
      view = views.get(text);
      if (view == null) {
        InnerNode node = tree.device(device);
        if (node == null) {
          return null;
        }
        view = DeviceSchema.of(device, node);
        if (views.size() >= settings.deviceCacheSize()) {
          evictViews(Math.max(1, settings.deviceCacheSize() / 8));
        }
        views.put(text, view);
      }
      return view;
    } finally {
      writeLock.unlock();
    }
  }

  private void evictViews(int count) {
    java.util.Iterator<String> keys = views.keySet().iterator();
    for (int i = 0; i < count && keys.hasNext(); i++) {
      keys.next();
      keys.remove();
    }
  }

  /** The number of cached device views (for tests). */
  int cachedViews() {
    return views.size();
  }

  /**
   * Resolves the columns of one device's write: for each measurement the schema to write it with,
   * creating missing series when {@code autoCreate} (with the type given, the default encoding and
   * compressor, and the write's alignment). For an existing device every column found costs one
   * hash lookup and nothing is allocated.
   *
   * <p>Per column ({@link WriteColumns}): a type other than the registered one fails with 507
   * (IoTDB casts nothing); a missing series without auto-creation fails with 508; a null
   * measurement, or a null type for a missing series, is skipped. If the write's alignment differs
   * from the device's: when every series exists the device's alignment wins ({@link
   * WriteColumns#aligned}); when series would be created the whole write fails with 609.
   *
   * @param types the type of each column's values; null where unknown (uses the registered type)
   * @throws StrataException for the whole write: 609 as above, 506 when a series lies on the device
   *     path, 509 for an illegal device path, 500 outside the database
   */
  public void resolveWrite(
      String device,
      boolean aligned,
      String[] measurements,
      TSDataType[] types,
      boolean autoCreate,
      WriteColumns out) {
    WriteResolver.resolve(this, device, aligned, measurements, types, autoCreate, out);
  }

  /**
   * As {@link #resolveWrite} for values given as text ({@code insertStringRecord}): an existing
   * series' values are parsed as its type, a missing series gets the type {@link TextValues#infer}
   * gives its value. The typed values land in {@link WriteColumns#value}; a value that does not
   * parse fails its column with 507.
   */
  public void resolveTextWrite(
      String device,
      boolean aligned,
      String[] measurements,
      String[] values,
      boolean autoCreate,
      WriteColumns out) {
    DeviceSchema view = deviceSchema(device);
    TSDataType[] types = new TSDataType[measurements.length];
    for (int i = 0; i < measurements.length; i++) {
      if (measurements[i] == null) {
        continue;
      }
      int at = view == null ? -1 : view.indexOf(measurements[i]);
      types[i] = at >= 0 ? view.type(at) : textValues.infer(values[i]);
    }
    resolveWrite(device, aligned, measurements, types, autoCreate, out);
    for (int i = 0; i < measurements.length; i++) {
      TSDataType type = out.type(i);
      if (type != null) {
        try {
          out.value(i, TextValues.parse(type, values[i]));
        } catch (StrataException e) {
          out.failed(i, e);
        }
      }
    }
  }

  /** The inference of text values this region uses for new series. */
  public TextValues textValues() {
    return textValues;
  }

  // ---------------------------------------------------------------- queries

  /** The series at {@code path} (its last node a name or an alias). */
  public Optional<SeriesSchema> series(PartialPath path) {
    MTree current = tree;
    MeasurementNode m = current.measurement(path);
    if (m == null) {
      return Optional.empty();
    }
    PartialPath device = path.parent();
    InnerNode node = current.device(device);
    return Optional.of(SeriesSchema.of(device, database, m, node != null && node.isAligned()));
  }

  /** Every series the pattern matches, in path order: what a SELECT resolves its paths against. */
  public List<SeriesSchema> fetchSeries(PathPattern pattern) {
    List<SeriesSchema> out = new ArrayList<>();
    TreeWalk.series(
        tree,
        pattern,
        (device, node, m) -> out.add(SeriesSchema.of(device, database, m, node.isAligned())));
    return out;
  }

  /**
   * {@code SHOW TIMESERIES pattern [WHERE ...] [LIMIT l] [OFFSET o]} over this region, in path
   * order.
   *
   * @param filter a {@link SeriesFilters} condition, or null for all
   * @param limit at most this many rows; 0 for no limit
   * @param offset rows to skip first
   */
  public List<TimeseriesRow> showTimeseries(
      PathPattern pattern, Predicate<SeriesSchema> filter, long limit, long offset) {
    List<TimeseriesRow> rows = new ArrayList<>();
    long[] skip = {offset};
    TreeWalk.series(
        tree,
        pattern,
        (device, node, m) -> {
          SeriesSchema s = SeriesSchema.of(device, database, m, node.isAligned());
          if (filter != null && !filter.test(s)) {
            return true;
          }
          if (skip[0] > 0) {
            skip[0]--;
            return true;
          }
          rows.add(TimeseriesRow.of(s));
          return limit <= 0 || rows.size() < limit;
        });
    return rows;
  }

  /** {@code COUNT TIMESERIES pattern [WHERE ...]}. */
  public long countTimeseries(PathPattern pattern, Predicate<SeriesSchema> filter) {
    long[] count = {0};
    TreeWalk.series(
        tree,
        pattern,
        (device, node, m) -> {
          if (filter == null
              || filter.test(SeriesSchema.of(device, database, m, node.isAligned()))) {
            count[0]++;
          }
          return true;
        });
    return count[0];
  }

  /**
   * {@code COUNT TIMESERIES pattern GROUP BY LEVEL=level}: series counted by the prefix of their
   * path up to node {@code level} (root is level 0); series with no node at that level are left
   * out. Columns {@code Column, count(timeseries)}.
   */
  public SortedMap<PartialPath, Long> countTimeseriesByLevel(PathPattern pattern, int level) {
    SortedMap<PartialPath, Long> counts = new TreeMap<>();
    TreeWalk.series(
        tree,
        pattern,
        (device, node, m) -> {
          int length = device.length() + 1;
          if (level < length) {
            PartialPath key =
                level < device.length() ? device.prefix(level + 1) : device.child(m.name);
            counts.merge(key, 1L, Long::sum);
          }
          return true;
        });
    return counts;
  }

  /** {@code SHOW DEVICES pattern [LIMIT l] [OFFSET o]}, in path order; 0 for no limit. */
  public List<DeviceRow> showDevices(PathPattern pattern, long limit, long offset) {
    List<DeviceRow> rows = new ArrayList<>();
    long[] skip = {offset};
    TreeWalk.devices(
        tree,
        pattern,
        (device, node) -> {
          if (skip[0] > 0) {
            skip[0]--;
            return true;
          }
          rows.add(new DeviceRow(device, database, node.isAligned(), null));
          return limit <= 0 || rows.size() < limit;
        });
    return rows;
  }

  /** {@code COUNT DEVICES pattern}. */
  public long countDevices(PathPattern pattern) {
    long[] count = {0};
    TreeWalk.devices(
        tree,
        pattern,
        (device, node) -> {
          count[0]++;
          return true;
        });
    return count[0];
  }

  /** The number of series in the region. */
  public long seriesCount() {
    return countTimeseries(PathPattern.parse("root.**"), null);
  }

  /** The number of devices in the region. */
  public long deviceCount() {
    return countDevices(PathPattern.parse("root.**"));
  }

  // ---------------------------------------------------------------- persistence

  /** Writes a snapshot now and starts an empty log. */
  public void snapshot() {
    change(
        () -> {
          store.snapshot(tree);
          return null;
        });
  }

  /**
   * Writes the region's tree as a snapshot file into {@code dir} (for a consensus layer that ships
   * snapshots between replicas); the region's own files are untouched.
   */
  public void writeSnapshot(Path dir) {
    writeLock.lock();
    try {
      SnapshotFile.write(dir.resolve(RegionStore.SNAPSHOT_FILE), id, tree, store.lastLsn());
    } catch (IOException e) {
      throw ioFailure("write a snapshot to " + dir, e);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * Replaces the whole tree with the one {@link #writeSnapshot} wrote into {@code dir} (of a
   * replica of this region), and persists it as this region's own snapshot.
   */
  public void loadSnapshot(Path dir) {
    change(
        () -> {
          SnapshotFile.Loaded loaded = SnapshotFile.read(dir.resolve(RegionStore.SNAPSHOT_FILE));
          if (!loaded.database().equals(database)) {
            throw new StrataException(
                StatusCode.ILLEGAL_PARAMETER,
                "snapshot of database " + loaded.database() + " cannot load into " + database);
          }
          tree = loaded.tree();
          views.clear();
          store.snapshot(tree);
          return null;
        });
  }

  /** Writes a snapshot if the log has records, and closes the region's files. */
  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      if (broken == null && store.logRecords() > 0) {
        store.snapshot(tree);
      }
      store.close();
    } catch (IOException e) {
      LOG.warn("Schema region {}: closing failed: {}", id, e.toString());
    } finally {
      writeLock.unlock();
    }
  }

  // ---------------------------------------------------------------- internals

  MTree tree() {
    return tree;
  }

  ReentrantLock writeLock() {
    return writeLock;
  }

  /** A change under the write lock; forces the log before returning. */
  <T> T change(IoAction<T> action) {
    writeLock.lock();
    try {
      if (closed) {
        throw new StrataException(
            StatusCode.INTERNAL_SERVER_ERROR, "schema region " + id + " is closed");
      }
      if (broken != null) {
        throw ioFailure("write its log earlier", broken);
      }
      int before = store.logRecords();
      T result = action.run();
      if (store.logRecords() != before) {
        sync();
        if (store.logRecords() >= settings.snapshotEveryRecords()) {
          store.snapshot(tree);
        }
      }
      return result;
    } catch (IOException e) {
      throw ioFailure("persist a change", e);
    } finally {
      writeLock.unlock();
    }
  }

  private void sync() throws IOException {
    if (settings.syncLog()) {
      try {
        store.sync();
      } catch (IOException e) {
        broken = e;
        throw e;
      }
    }
  }

  /** Logs and applies one op; caller holds the write lock and validated the op. */
  void apply(SchemaOp op) throws IOException {
    try {
      store.append(op);
    } catch (IOException e) {
      broken = e;
      throw e;
    }
    tree.apply(op);
    if (op instanceof SchemaOp.Create create) {
      views.remove(create.device().toString());
    } else {
      for (PartialPath path : ((SchemaOp.Delete) op).series()) {
        views.remove(path.parent().toString());
      }
    }
  }

  private StrataException ioFailure(String what, IOException e) {
    return new StrataException(
        StatusCode.INTERNAL_SERVER_ERROR,
        "schema region " + id + " failed to " + what + ": " + e.getMessage(),
        e);
  }

  /** A region action that may fail with I/O. */
  @FunctionalInterface
  interface IoAction<T> {
    T run() throws IOException;
  }
}
