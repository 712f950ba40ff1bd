package org.stratadb.query.api;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;

/**
 * The shape of a result set as a client sees it.
 *
 * @param columns display names in output order; duplicates are allowed
 * @param dataTypes the declared type of each display column
 * @param blockColumn for each display column, the index of the value column of the result's
 *     TsBlocks that holds it (blocks carry each distinct column once)
 * @param ignoreTimestamp true when the client shows no {@code Time} column (SHOW, COUNT,
 *     aggregation without GROUP BY); blocks still carry a time column
 */
public record ResultHeader(
    List<String> columns,
    List<TSDataType> dataTypes,
    List<Integer> blockColumn,
    boolean ignoreTimestamp) {

  public ResultHeader {
    columns = List.copyOf(columns);
    dataTypes = List.copyOf(dataTypes);
    blockColumn = List.copyOf(blockColumn);
    if (columns.size() != dataTypes.size() || columns.size() != blockColumn.size()) {
      throw new IllegalArgumentException("a header needs one type and one block column per column");
    }
  }

  /** A header whose blocks hold every column once, in display order. */
  public static ResultHeader distinct(
      List<String> columns, List<TSDataType> dataTypes, boolean ignoreTimestamp) {
    List<Integer> identity = java.util.stream.IntStream.range(0, columns.size()).boxed().toList();
    return new ResultHeader(columns, dataTypes, identity, ignoreTimestamp);
  }
}
