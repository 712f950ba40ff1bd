package org.stratadb.storage.read;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.stratadb.storage.api.ValueFilter;

/**
 * A scan's value filter, compiled: the row predicate, and the comparisons every kept row must pass
 * (those joined by the top-level ANDs). A column under such a comparison is required: a row where
 * it is null cannot pass, and a piece of it whose statistics rule the comparison out can be skipped
 * unread.
 */
final class RowFilter {
  private final RowPredicate predicate;
  private final ColumnCompare[][] conjunctsByColumn;
  private final List<TSDataType> types;
  private final int[] required;

  private RowFilter(ValueFilter filter, List<TSDataType> types) {
    this.types = types;
    this.predicate = compile(filter, types);
    List<ColumnCompare> conjuncts = new ArrayList<>();
    collectConjuncts(filter, types, conjuncts);
    this.conjunctsByColumn = new ColumnCompare[types.size()][];
    List<Integer> requiredColumns = new ArrayList<>();
    for (int c = 0; c < types.size(); c++) {
      List<ColumnCompare> mine = new ArrayList<>();
      for (ColumnCompare compare : conjuncts) {
        if (compare.column == c) {
          mine.add(compare);
        }
      }
      conjunctsByColumn[c] = mine.toArray(new ColumnCompare[0]);
      if (!mine.isEmpty()) {
        requiredColumns.add(c);
      }
    }
    this.required = requiredColumns.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The compiled filter, or null for no filter. */
  static RowFilter of(ValueFilter filter, List<TSDataType> types) {
    return filter == null ? null : new RowFilter(filter, types);
  }

  boolean accepts(ScanRow row) {
    return predicate.eval(row) == RowPredicate.TRUE;
  }

  /** Columns a kept row must have a value in, ascending. */
  int[] requiredColumns() {
    return required;
  }

  /** Whether statistics prove that no point of a piece of {@code column} can pass. */
  boolean excludes(int column, Piece piece) {
    Statistics<? extends Serializable> statistics = piece.statistics();
    if (conjunctsByColumn[column].length == 0
        || statistics == null
        || !hasOrderedStatistics(types.get(column))) {
      return false;
    }
    Object min = statistics.getMinValue();
    Object max = statistics.getMaxValue();
    for (ColumnCompare compare : conjunctsByColumn[column]) {
      if (compare.excludes(min, max)) {
        return true;
      }
    }
    return false;
  }

  boolean constrains(int column) {
    return conjunctsByColumn[column].length > 0;
  }

  /** Types whose TsFile statistics keep a minimum and a maximum. */
  private static boolean hasOrderedStatistics(TSDataType type) {
    switch (type) {
      case INT32:
      case INT64:
      case FLOAT:
      case DOUBLE:
      case DATE:
      case TIMESTAMP:
      case STRING:
        return true;
      default:
        return false;
    }
  }

  private static RowPredicate compile(ValueFilter filter, List<TSDataType> types) {
    if (filter instanceof ValueFilter.Compare compare) {
      return ColumnCompare.compile(compare, typeOf(compare, types));
    }
    if (filter instanceof ValueFilter.And and) {
      return RowPredicate.and(compile(and.left(), types), compile(and.right(), types));
    }
    if (filter instanceof ValueFilter.Or or) {
      return RowPredicate.or(compile(or.left(), types), compile(or.right(), types));
    }
    return new RowPredicate.Not(compile(((ValueFilter.Not) filter).operand(), types));
  }

  private static void collectConjuncts(
      ValueFilter filter, List<TSDataType> types, List<ColumnCompare> out) {
    if (filter instanceof ValueFilter.And and) {
      collectConjuncts(and.left(), types, out);
      collectConjuncts(and.right(), types, out);
    } else if (filter instanceof ValueFilter.Compare compare) {
      out.add(ColumnCompare.compile(compare, typeOf(compare, types)));
    }
  }

  private static TSDataType typeOf(ValueFilter.Compare compare, List<TSDataType> types) {
    if (compare.column() < 0 || compare.column() >= types.size()) {
      throw new IllegalArgumentException("filter column " + compare.column() + " out of range");
    }
    return types.get(compare.column());
  }
}
