package org.stratadb.storage.crash;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;

/** What the region must hold after a sequence of operations: series path to time to value. */
final class CrashModel {
  private final Map<String, TreeMap<Long, Double>> series = new HashMap<>();

  CrashModel copy() {
    CrashModel copy = new CrashModel();
    series.forEach((path, points) -> copy.series.put(path, new TreeMap<>(points)));
    return copy;
  }

  void apply(long op) {
    if (CrashWorkload.isDeletion(op)) {
      Deletion deletion = CrashWorkload.deletion(op);
      TreeMap<Long, Double> points = series.get(deletion.pathPattern());
      if (points != null) {
        points.subMap(deletion.range().start(), true, deletion.range().end(), true).clear();
      }
      return;
    }
    Tablet tablet = CrashWorkload.write(op);
    for (int c = 0; c < tablet.columnCount(); c++) {
      TreeMap<Long, Double> points =
          series.computeIfAbsent(
              tablet.device() + "." + tablet.column(c).measurement(), k -> new TreeMap<>());
      double[] values = (double[]) tablet.values(c);
      for (int row = 0; row < tablet.rowCount(); row++) {
        points.put(tablet.time(row), values[row]);
      }
    }
  }

  TreeMap<Long, Double> points(String path) {
    return series.getOrDefault(path, new TreeMap<>());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CrashModel model && model.series.equals(series);
  }

  @Override
  public int hashCode() {
    return series.hashCode();
  }

  void put(String path, TreeMap<Long, Double> points) {
    if (!points.isEmpty()) {
      series.put(path, points);
    }
  }

  /** Drops series left empty by deletions, so that equality compares only what reads return. */
  CrashModel withoutEmpty() {
    CrashModel trimmed = new CrashModel();
    series.forEach(trimmed::put);
    return trimmed;
  }

  /** The first series that differs from {@code expected}, with a few differing times. */
  String firstDifference(CrashModel expected) {
    java.util.TreeSet<String> paths = new java.util.TreeSet<>(series.keySet());
    paths.addAll(expected.series.keySet());
    for (String path : paths) {
      TreeMap<Long, Double> mine = points(path);
      TreeMap<Long, Double> theirs = expected.points(path);
      if (!mine.equals(theirs)) {
        java.util.TreeSet<Long> extra = new java.util.TreeSet<>(mine.keySet());
        extra.removeAll(theirs.keySet());
        java.util.TreeSet<Long> missing = new java.util.TreeSet<>(theirs.keySet());
        missing.removeAll(mine.keySet());
        long changed =
            mine.entrySet().stream()
                .filter(e -> theirs.containsKey(e.getKey()))
                .filter(e -> !e.getValue().equals(theirs.get(e.getKey())))
                .count();
        return path
            + ": extra "
            + extra.size()
            + " from "
            + (extra.isEmpty() ? "-" : extra.first() + ".." + extra.last())
            + ", missing "
            + missing.size()
            + " from "
            + (missing.isEmpty() ? "-" : missing.first() + ".." + missing.last())
            + ", changed values "
            + changed;
      }
    }
    return "no difference";
  }

  int pointCount() {
    return series.values().stream().mapToInt(Map::size).sum();
  }
}
