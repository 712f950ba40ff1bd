package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.mods.ModsFile;
import org.stratadb.storage.testing.TestTablets;
import org.stratadb.storage.tsfile.MemTableFlusher;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/** The points, schema and deletions of one source TsFile, written the way a flush writes it. */
final class TestFile {
  final boolean sequence;
  final long version;
  final Map<String, Boolean> aligned = new TreeMap<>();
  final Map<String, Map<String, ColumnSpec>> specs = new TreeMap<>();

  /** device -> measurement -> time -> boxed value. */
  final Map<String, Map<String, TreeMap<Long, Object>>> points = new TreeMap<>();

  final List<Deletion> deletions = new ArrayList<>();

  TestFile(boolean sequence, long version) {
    this.sequence = sequence;
    this.version = version;
  }

  static TestFile seq(long version) {
    return new TestFile(true, version);
  }

  static TestFile unseq(long version) {
    return new TestFile(false, version);
  }

  TestFile put(String device, boolean isAligned, ColumnSpec spec, long time, Object value) {
    Boolean old = aligned.putIfAbsent(device, isAligned);
    if (old != null && old != isAligned) {
      throw new IllegalArgumentException(device + " is written both aligned and not");
    }
    specs.computeIfAbsent(device, d -> new TreeMap<>()).put(spec.measurement(), spec);
    points
        .computeIfAbsent(device, d -> new TreeMap<>())
        .computeIfAbsent(spec.measurement(), m -> new TreeMap<>())
        .put(time, value);
    return this;
  }

  /** Puts {@code count} points of a series at {@code start, start + step, ...}. */
  TestFile series(
      String device, boolean isAligned, ColumnSpec spec, long start, int step, int count) {
    for (int i = 0; i < count; i++) {
      long time = start + (long) i * step;
      put(device, isAligned, spec, time, TestTablets.value(spec.type(), time * 31 + version));
    }
    return this;
  }

  TestFile delete(String pattern, long start, long end) {
    deletions.add(new Deletion(pattern, new TimeRange(start, end)));
    return this;
  }

  TsFileName name() {
    return new TsFileName(1000 + version, version, 0, 0);
  }

  /** Writes the TsFile, its resource and its mods into {@code dir}. */
  TsFileResource write(Path dir, long partition) throws IOException {
    Files.createDirectories(dir);
    MemTable table = new MemTable();
    for (String device : points.keySet()) {
      insert(table, device);
    }
    Path file = dir.resolve(name().fileName());
    TsFileResource resource = MemTableFlusher.flush(table, file, sequence, partition);
    resource.save();
    for (Deletion deletion : deletions) {
      ModsFile.forTsFile(file).append(deletion);
    }
    return resource;
  }

  private void insert(MemTable table, String device) {
    List<ColumnSpec> columns = new ArrayList<>(specs.get(device).values());
    TreeSet<Long> times = new TreeSet<>();
    for (TreeMap<Long, Object> series : points.get(device).values()) {
      times.addAll(series.keySet());
    }
    TestTablets tablet =
        TestTablets.of(device, aligned.get(device), columns.toArray(new ColumnSpec[0]));
    for (long time : times) {
      Object[] row = new Object[columns.size()];
      for (int c = 0; c < row.length; c++) {
        row[c] = points.get(device).get(columns.get(c).measurement()).get(time);
      }
      tablet.row(time, row);
    }
    table.insert(tablet.build(), null, times.size());
  }
}
