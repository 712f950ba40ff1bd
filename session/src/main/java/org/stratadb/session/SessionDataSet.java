package org.stratadb.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.stratadb.protocol.client.TSCloseOperationReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSFetchResultsReq;
import org.stratadb.protocol.client.TSFetchResultsResp;
import org.stratadb.session.internal.Connection;
import org.stratadb.session.internal.StatusCheck;
import org.stratadb.session.internal.TsBlock;
import org.stratadb.session.internal.TsBlockColumn;
import org.stratadb.session.internal.TsBlockDecoder;

/**
 * A query result read row by row, like a JDBC result set: {@link #next()} moves to the next row,
 * then typed getters read its columns. Rows arrive as TsBlocks in the query reply and, while the
 * server says there is more, in {@code fetchResultsV2} pages. At the end, or on {@link #close()},
 * the server-side query is closed.
 *
 * <p>Columns are numbered from 1. Unless the result has no time column ({@link
 * #isIgnoreTimeStamp()}), column 1 is {@code Time}. Getters on a null value return 0, false or
 * null; {@link #isNull} tells them apart. Not thread-safe.
 */
public final class SessionDataSet implements AutoCloseable {
  /** Name of the time column. */
  public static final String TIME_COLUMN = "Time";

  private static final int TIME_INDEX = -1;

  private final Connection connection;
  private final String statement;
  private final long queryId;
  private final int fetchSize;
  private final long timeoutMs;
  private final boolean ignoreTimeStamp;
  private final List<String> columnNames;
  private final List<TSDataType> columnTypes;
  private final int[] blockIndexes;
  private final Map<String, Integer> indexByName = new HashMap<>();
  private final ArrayDeque<ByteBuffer> pending = new ArrayDeque<>();
  private boolean moreData;
  private TsBlock block;
  private int row = -1;
  private boolean onRow;
  private boolean finished;

  SessionDataSet(
      TSExecuteStatementResp resp,
      Connection connection,
      String statement,
      int fetchSize,
      long timeoutMs) {
    this.connection = connection;
    this.statement = statement;
    this.queryId = resp.queryId;
    this.fetchSize = fetchSize;
    this.timeoutMs = timeoutMs;
    this.ignoreTimeStamp = resp.isSetIgnoreTimeStamp() && resp.ignoreTimeStamp;
    List<String> columns = resp.columns == null ? List.of() : resp.columns;
    List<String> types = resp.dataTypeList == null ? List.of() : resp.dataTypeList;
    List<String> names = new ArrayList<>();
    List<TSDataType> declared = new ArrayList<>();
    int offset = ignoreTimeStamp ? 0 : 1;
    blockIndexes = new int[columns.size() + offset];
    if (!ignoreTimeStamp) {
      names.add(TIME_COLUMN);
      declared.add(TSDataType.INT64);
      blockIndexes[0] = TIME_INDEX;
    }
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i);
      names.add(name);
      declared.add(i < types.size() ? TSDataType.fromName(types.get(i)) : null);
      Integer mapped = resp.columnNameIndexMap == null ? null : resp.columnNameIndexMap.get(name);
      if (mapped == null) {
        mapped = firstSeen.computeIfAbsent(name, k -> firstSeen.size());
      }
      blockIndexes[i + offset] = mapped;
    }
    for (int i = names.size() - 1; i >= 0; i--) {
      indexByName.put(names.get(i), i + 1);
    }
    this.columnNames = Collections.unmodifiableList(names);
    this.columnTypes = Collections.unmodifiableList(declared);
    if (resp.queryResult != null) {
      pending.addAll(resp.queryResult);
    }
    this.moreData = resp.isSetMoreData() && resp.moreData;
  }

  /** Column names in order, {@code Time} first unless the result has no time column. */
  public List<String> getColumnNames() {
    return columnNames;
  }

  /**
   * Declared column types in order (INT64 for {@code Time}); an entry is null if the server named a
   * type this client does not know.
   */
  public List<TSDataType> getColumnTypes() {
    return columnTypes;
  }

  public int getColumnCount() {
    return columnNames.size();
  }

  /** True when the result has no {@code Time} column (SHOW statements, plain aggregations). */
  public boolean isIgnoreTimeStamp() {
    return ignoreTimeStamp;
  }

  /** The server's id of this query. */
  public long getQueryId() {
    return queryId;
  }

  /** 1-based index of the first column with this name. */
  public int findColumn(String name) {
    Integer i = indexByName.get(name);
    if (i == null) {
      throw new IllegalArgumentException("no column named " + name);
    }
    return i;
  }

  /**
   * Moves to the next row.
   *
   * @return false at the end of the result (the query is then closed on the server)
   */
  public boolean next() throws StatementExecutionException, ConnectionException {
    if (finished) {
      onRow = false;
      return false;
    }
    row++;
    while (block == null || row >= block.positionCount()) {
      if (!pending.isEmpty()) {
        block = decode(pending.poll());
        row = 0;
      } else if (!moreData || !fetch()) {
        block = null;
        onRow = false;
        finish();
        return false;
      }
    }
    onRow = true;
    return true;
  }

  private static TsBlock decode(ByteBuffer buffer) throws ConnectionException {
    try {
      return TsBlockDecoder.decode(buffer);
    } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
      throw new ConnectionException("malformed result block: " + e.getMessage(), e);
    }
  }

  private boolean fetch() throws StatementExecutionException, ConnectionException {
    TSFetchResultsResp resp;
    try {
      resp =
          connection.call(
              (client, c) -> {
                TSFetchResultsReq req =
                    new TSFetchResultsReq(c.sessionId(), statement, fetchSize, queryId, true);
                if (timeoutMs > 0) {
                  req.setTimeout(timeoutMs);
                }
                return client.fetchResultsV2(req);
              });
    } catch (TApplicationException e) {
      throw Session.serverError(e);
    } catch (TException e) {
      finished = true;
      throw new ConnectionException(
          "fetching results from " + connection.endpoint() + " failed: " + e.getMessage(), e);
    }
    StatusCheck.verify(resp.status);
    if (!resp.hasResultSet) {
      moreData = false;
      return false;
    }
    if (resp.queryResult != null) {
      pending.addAll(resp.queryResult);
    }
    moreData = resp.isSetMoreData() && resp.moreData;
    return true;
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    pending.clear();
    try {
      connection.call(
          (client, c) -> {
            TSCloseOperationReq req = new TSCloseOperationReq(c.sessionId());
            req.setQueryId(queryId);
            req.setStatementId(c.statementId());
            return client.closeOperation(req);
          });
    } catch (TException | RuntimeException e) {
      // The query dies with the connection on the server anyway.
    }
  }

  /** Ends reading and closes the query on the server; safe to call twice. */
  @Override
  public void close() {
    onRow = false;
    block = null;
    finish();
  }

  // ---- getters --------------------------------------------------------------------------------

  private void checkRow() {
    if (!onRow) {
      throw new IllegalStateException("not on a row: call next() first");
    }
  }

  private int blockIndex(int column) {
    checkRow();
    if (column < 1 || column > blockIndexes.length) {
      throw new IndexOutOfBoundsException(
          "column " + column + " out of [1, " + blockIndexes.length + "]");
    }
    return blockIndexes[column - 1];
  }

  private TsBlockColumn valueColumn(int blockIndex) {
    if (blockIndex >= block.columnCount()) {
      throw new IllegalStateException(
          "result block has " + block.columnCount() + " columns, needs " + (blockIndex + 1));
    }
    return block.column(blockIndex);
  }

  /** The timestamp of the current row (present even when the result shows no time column). */
  public long getTimestamp() {
    checkRow();
    return block.time(row);
  }

  public boolean isNull(int column) {
    int b = blockIndex(column);
    return b != TIME_INDEX && valueColumn(b).isNull(row);
  }

  public boolean isNull(String column) {
    return isNull(findColumn(column));
  }

  public long getLong(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      return block.time(row);
    }
    TsBlockColumn c = valueColumn(b);
    return c.isNull(row) ? 0 : c.asLong(row);
  }

  public long getLong(String column) {
    return getLong(findColumn(column));
  }

  public int getInt(int column) {
    return (int) getLong(column);
  }

  public int getInt(String column) {
    return getInt(findColumn(column));
  }

  public double getDouble(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      return block.time(row);
    }
    TsBlockColumn c = valueColumn(b);
    return c.isNull(row) ? 0 : c.asDouble(row);
  }

  public double getDouble(String column) {
    return getDouble(findColumn(column));
  }

  public float getFloat(int column) {
    return (float) getDouble(column);
  }

  public float getFloat(String column) {
    return getFloat(findColumn(column));
  }

  public boolean getBoolean(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      throw new IllegalStateException("Time is not a boolean");
    }
    TsBlockColumn c = valueColumn(b);
    if (c.isNull(row)) {
      return false;
    }
    return c.type() == TSDataType.BOOLEAN ? c.getBoolean(row) : c.asLong(row) != 0;
  }

  public boolean getBoolean(String column) {
    return getBoolean(findColumn(column));
  }

  /** The raw bytes of a TEXT, STRING or BLOB value, or null. */
  public byte[] getBytes(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      throw new IllegalStateException("Time is not binary");
    }
    TsBlockColumn c = valueColumn(b);
    if (c.isNull(row)) {
      return null;
    }
    if (!c.type().isBinary()) {
      String s = getString(column);
      return s.getBytes(StandardCharsets.UTF_8);
    }
    return c.getBinary(row);
  }

  public byte[] getBytes(String column) {
    return getBytes(findColumn(column));
  }

  /**
   * The value as text in its declared type's format (numbers as Java prints them, TEXT as UTF-8,
   * BLOB as {@code 0x...} hex, DATE as {@code yyyy-MM-dd}, Time as the raw long), or null.
   */
  public String getString(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      return Long.toString(block.time(row));
    }
    TsBlockColumn c = valueColumn(b);
    if (c.isNull(row)) {
      return null;
    }
    return ValueFormat.format(c, row, columnTypes.get(column - 1));
  }

  public String getString(String column) {
    return getString(findColumn(column));
  }

  /**
   * The value boxed by its physical type: Long for Time, Boolean, Integer, Long, Float, Double,
   * String for TEXT and STRING, byte[] for BLOB, LocalDate for DATE; or null.
   */
  public Object getObject(int column) {
    int b = blockIndex(column);
    if (b == TIME_INDEX) {
      return block.time(row);
    }
    TsBlockColumn c = valueColumn(b);
    if (c.isNull(row)) {
      return null;
    }
    return ValueFormat.box(c, row, columnTypes.get(column - 1));
  }

  public Object getObject(String column) {
    return getObject(findColumn(column));
  }
}
