package org.stratadb.query.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.utils.Binary;
import org.apache.tsfile.utils.BitMap;
import org.stratadb.commons.partition.PartitionSlots;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;
import org.stratadb.query.exec.eval.Texts;
import org.stratadb.query.spi.PartitionLookup;
import org.stratadb.query.spi.QueryServices;
import org.stratadb.query.spi.RegionAccess;
import org.stratadb.query.spi.RegionReader;
import org.stratadb.query.spi.RegionSlice;
import org.stratadb.query.spi.RegionSlices;
import org.stratadb.query.spi.SchemaLookup;
import org.stratadb.query.spi.SeriesSchema;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/**
 * Real storage regions in a temp dir behind a test implementation of the query SPI: an in-memory
 * schema, and a partition table that spreads each device's time partitions over the regions (region
 * = (series slot + time partition index) mod region count), so a series' data lands in several
 * regions. Also keeps a model of every written point.
 */
public final class TestCluster
    implements AutoCloseable, SchemaLookup, PartitionLookup, RegionAccess {
  public static final String DATABASE = "root.sg";

  private final StorageEngine engine;
  private final PartitionSlots slots;
  private final int regionCount;
  private final Map<Integer, DataRegion> regions = new HashMap<>();
  private final TreeMap<PartialPath, SeriesSchema> series = new TreeMap<>();
  private final Map<PartialPath, TreeSet<Long>> writtenSlots = new HashMap<>();
  private final Model model = new Model();
  private final AtomicInteger openScans = new AtomicInteger();

  public TestCluster(Path dir, long partitionInterval, int regionCount) {
    this.engine = StorageEngine.open(StorageOptions.defaults(dir));
    this.slots = new PartitionSlots(1000, partitionInterval);
    this.regionCount = regionCount;
  }

  public QueryServices services() {
    return new QueryServices(this, this, this);
  }

  public Model model() {
    return model;
  }

  public TestCluster create(String device, boolean aligned, String measurement, TSDataType type) {
    return create(device, aligned, measurement, type, null);
  }

  public TestCluster create(
      String device, boolean aligned, String measurement, TSDataType type, String alias) {
    SeriesSchema s =
        new SeriesSchema(PartialPath.parseFull(device), measurement, type, aligned, alias);
    series.put(s.path(), s);
    return this;
  }

  public SeriesSchema series(String path) {
    return series.get(PartialPath.parseFull(path));
  }

  /** The region holding {@code device}'s data at {@code time}. */
  public int regionOf(String device, long time) {
    return Math.floorMod(slots.seriesSlot(device) + slots.timePartitionIndex(time), regionCount);
  }

  /**
   * Writes rows of one device: {@code rows[i]} = time, then one value per measurement (null for
   * none). Values: Boolean, Integer, Long, Float, Double, String.
   */
  public void insert(String device, List<String> measurements, Object[]... rows) {
    Map<Integer, List<Object[]>> byRegion = new TreeMap<>();
    PartialPath devicePath = PartialPath.parseFull(device);
    for (Object[] row : rows) {
      long time = ((Number) row[0]).longValue();
      byRegion.computeIfAbsent(regionOf(device, time), r -> new ArrayList<>()).add(row);
      writtenSlots
          .computeIfAbsent(devicePath, d -> new TreeSet<>())
          .add(slots.timePartitionIndex(time));
      for (int m = 0; m < measurements.size(); m++) {
        if (row[m + 1] != null) {
          model.put(devicePath.child(measurements.get(m)), time, row[m + 1]);
        }
      }
    }
    for (Map.Entry<Integer, List<Object[]>> region : byRegion.entrySet()) {
      write(region.getKey(), tablet(devicePath, measurements, region.getValue()));
    }
  }

  private Tablet tablet(PartialPath device, List<String> measurements, List<Object[]> rows) {
    int n = rows.size();
    ColumnSpec[] columns = new ColumnSpec[measurements.size()];
    Object[] values = new Object[columns.length];
    BitMap[] nulls = new BitMap[columns.length];
    long[] times = new long[n];
    boolean aligned = false;
    for (int c = 0; c < columns.length; c++) {
      SeriesSchema s = series.get(device.child(measurements.get(c)));
      aligned = s.aligned();
      columns[c] = ColumnSpec.of(s.measurement(), s.type());
      nulls[c] = new BitMap(n);
      values[c] = array(s.type(), n);
    }
    for (int r = 0; r < n; r++) {
      Object[] row = rows.get(r);
      times[r] = ((Number) row[0]).longValue();
      for (int c = 0; c < columns.length; c++) {
        Object v = row[c + 1];
        if (v == null) {
          nulls[c].mark(r);
        } else {
          set(values[c], columns[c].type(), r, v);
        }
      }
    }
    return new Tablet(device.toString(), aligned, columns, times, values, nulls, n);
  }

  private static Object array(TSDataType type, int n) {
    return switch (type) {
      case BOOLEAN -> new boolean[n];
      case INT32, DATE -> new int[n];
      case INT64, TIMESTAMP -> new long[n];
      case FLOAT -> new float[n];
      case DOUBLE -> new double[n];
      default -> new Binary[n];
    };
  }

  private static void set(Object array, TSDataType type, int r, Object v) {
    switch (type) {
      case BOOLEAN -> ((boolean[]) array)[r] = (Boolean) v;
      case INT32, DATE -> ((int[]) array)[r] = ((Number) v).intValue();
      case INT64, TIMESTAMP -> ((long[]) array)[r] = ((Number) v).longValue();
      case FLOAT -> ((float[]) array)[r] = ((Number) v).floatValue();
      case DOUBLE -> ((double[]) array)[r] = ((Number) v).doubleValue();
      default -> ((Binary[]) array)[r] = Texts.binary(v.toString());
    }
  }

  private void write(int regionId, Tablet tablet) {
    try {
      region(regionId).write(tablet);
    } catch (StorageException e) {
      throw new IllegalStateException(e);
    }
  }

  public DataRegion region(int regionId) {
    return regions.computeIfAbsent(
        regionId,
        id -> {
          try {
            return engine.openRegion(DATABASE, id);
          } catch (StorageException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  /** Flushes every region, so later reads come from TsFiles (and their statistics). */
  public void flush() throws StorageException {
    for (DataRegion region : regions.values()) {
      region.flush();
    }
  }

  @Override
  public List<SeriesSchema> matchSeries(PartialPath pattern) {
    PathPattern p = new PathPattern(pattern);
    List<SeriesSchema> out = new ArrayList<>();
    for (SeriesSchema s : series.values()) {
      boolean byAlias = s.alias() != null && p.matches(s.device().child(s.alias()));
      if (p.matches(s.path()) || byAlias) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public List<RegionSlice> dataRegions(PartialPath device, TimeRange range) {
    TreeMap<Long, Integer> assigned = new TreeMap<>();
    long interval = slots.timePartitionInterval();
    for (long index : writtenSlots.getOrDefault(device, new TreeSet<>())) {
      assigned.put(index * interval, regionOf(device.toString(), index * interval));
    }
    return RegionSlices.of(assigned, interval, range);
  }

  @Override
  public RegionReader reader(int regionId) {
    RegionReader local = RegionReader.local(region(regionId));
    return new RegionReader() {
      @Override
      public BlockIterator scan(SeriesScan scan) {
        BlockIterator inner = local.scan(scan);
        openScans.incrementAndGet();
        return new BlockIterator() {
          private boolean closed;

          @Override
          public boolean hasNext() {
            return inner.hasNext();
          }

          @Override
          public TsBlock next() {
            return inner.next();
          }

          @Override
          public void close() {
            if (!closed) {
              closed = true;
              openScans.decrementAndGet();
            }
            inner.close();
          }
        };
      }

      @Override
      public List<AggregationRow> aggregate(AggregationQuery query) {
        return local.aggregate(query);
      }

      @Override
      public Optional<LastPoint> last(String device, String measurement, TSDataType type) {
        return local.last(device, measurement, type);
      }
    };
  }

  /** Storage scans opened through {@link #reader} and not closed yet. */
  public int openScans() {
    return openScans.get();
  }

  @Override
  public void close() throws StorageException {
    engine.close();
  }
}
