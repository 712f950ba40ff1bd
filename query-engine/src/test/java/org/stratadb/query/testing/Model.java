package org.stratadb.query.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.stratadb.commons.path.PartialPath;

/** Every point written, per series path: the reference the query results are checked against. */
public final class Model {
  private final Map<PartialPath, TreeMap<Long, Object>> points = new HashMap<>();

  void put(PartialPath series, long time, Object value) {
    points.computeIfAbsent(series, s -> new TreeMap<>()).put(time, value);
  }

  /** The points of a series by time (empty when it has none). */
  public TreeMap<Long, Object> series(String path) {
    return points.getOrDefault(PartialPath.parseFull(path), new TreeMap<>());
  }
}
