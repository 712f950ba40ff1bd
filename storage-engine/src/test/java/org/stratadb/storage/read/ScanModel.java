package org.stratadb.storage.read;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.ValueFilter;
import org.stratadb.storage.testing.TestData;

/** The expected rows of a scan, computed the slow way, and the rows a scan returned. */
final class ScanModel {
  private ScanModel() {}

  /** Rows at every time some column has a point, filtered; values boxed, null where absent. */
  static NavigableMap<Long, List<Object>> expected(
      List<NavigableMap<Long, Object>> columns, List<TSDataType> types, ValueFilter filter) {
    NavigableMap<Long, List<Object>> rows = new TreeMap<>();
    for (NavigableMap<Long, Object> column : columns) {
      for (Long time : column.keySet()) {
        rows.computeIfAbsent(time, t -> new ArrayList<>());
      }
    }
    rows.entrySet()
        .removeIf(
            row -> {
              Object[] values = new Object[columns.size()];
              for (int c = 0; c < values.length; c++) {
                values[c] = columns.get(c).get(row.getKey());
              }
              row.getValue().addAll(Arrays.asList(values));
              return filter != null && !Boolean.TRUE.equals(eval(filter, values, types));
            });
    return rows;
  }

  /** Three-valued: null is unknown. */
  static Boolean eval(ValueFilter filter, Object[] row, List<TSDataType> types) {
    if (filter instanceof ValueFilter.Compare compare) {
      Object value = row[compare.column()];
      if (value == null) {
        return null;
      }
      int cmp = compare(value, compare.constant(), types.get(compare.column()));
      return switch (compare.op()) {
        case EQ -> cmp == 0;
        case NE -> cmp != 0;
        case LT -> cmp < 0;
        case LE -> cmp <= 0;
        case GT -> cmp > 0;
        case GE -> cmp >= 0;
      };
    }
    if (filter instanceof ValueFilter.And and) {
      Boolean l = eval(and.left(), row, types);
      Boolean r = eval(and.right(), row, types);
      if (Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r)) {
        return false;
      }
      return l == null || r == null ? null : true;
    }
    if (filter instanceof ValueFilter.Or or) {
      Boolean l = eval(or.left(), row, types);
      Boolean r = eval(or.right(), row, types);
      if (Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r)) {
        return true;
      }
      return l == null || r == null ? null : false;
    }
    Boolean v = eval(((ValueFilter.Not) filter).operand(), row, types);
    return v == null ? null : !v;
  }

  private static int compare(Object value, Object constant, TSDataType type) {
    if (value instanceof Binary b) {
      return b.compareTo(constant instanceof Binary c ? c : TestData.binary((String) constant));
    }
    if (value instanceof Boolean b) {
      return Boolean.compare(b, (Boolean) constant);
    }
    Number v = (Number) value;
    Number c = (Number) constant;
    if (type == TSDataType.FLOAT) {
      return Float.compare(v.floatValue(), c.floatValue());
    }
    if ((c instanceof Double || c instanceof Float) || type == TSDataType.DOUBLE) {
      return Double.compare(v.doubleValue(), c.doubleValue());
    }
    return Long.compare(v.longValue(), c.longValue());
  }

  /** Reads a scan to the end, checking the block contract, and closes it. */
  static NavigableMap<Long, List<Object>> read(BlockIterator scan, int maxRows) {
    NavigableMap<Long, List<Object>> rows = new TreeMap<>();
    long last = Long.MIN_VALUE;
    try (scan) {
      while (scan.hasNext()) {
        TsBlock block = scan.next();
        int n = block.getPositionCount();
        assertTrue(n > 0 && n <= maxRows, "block of " + n + " rows");
        for (int i = 0; i < n; i++) {
          long time = block.getTimeByIndex(i);
          assertTrue(rows.isEmpty() || time > last, "rows ascend");
          last = time;
          List<Object> values = new ArrayList<>();
          for (Column column : block.getValueColumns()) {
            values.add(column.isNull(i) ? null : column.getObject(i));
          }
          rows.put(time, values);
        }
      }
    }
    return rows;
  }
}
