package org.stratadb.datanode.rpc.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Apache IoTDB 1.3.2's {@code org.apache.iotdb.session.Session}, driven by reflection (see {@link
 * Reflect}). Built with the library's defaults, so it also opens the node-list connection that
 * sends {@code SHOW DATANODES}.
 */
final class IotdbSession implements AutoCloseable {
  private final Object session;

  private IotdbSession(Object session) {
    this.session = session;
  }

  static IotdbSession create(int port, String user, String password, int fetchSize) {
    Object builder = Reflect.construct("org.apache.iotdb.session.Session$Builder");
    Reflect.call(builder, "host", "127.0.0.1");
    Reflect.call(builder, "port", port);
    Reflect.call(builder, "username", user);
    Reflect.call(builder, "password", password);
    Reflect.call(builder, "fetchSize", fetchSize);
    return new IotdbSession(Reflect.call(builder, "build"));
  }

  static IotdbSession open(int port, boolean compact) {
    IotdbSession session = create(port, "root", "root", 5000);
    session.open(compact);
    return session;
  }

  void open(boolean compact) {
    Reflect.call(session, "open", compact);
  }

  Object call(String method, Object... args) {
    return Reflect.call(session, method, args);
  }

  /** Runs a query and reads every row with the data set's iterator. */
  Rows query(String sql) {
    return Rows.read(call("executeQueryStatement", sql));
  }

  @Override
  public void close() {
    Reflect.call(session, "close");
  }

  /** A data set read to its end: column names and types, and each row's cells by name. */
  record Rows(List<String> columns, List<String> types, List<List<Object>> rows) {

    static Rows read(Object dataSet) {
      @SuppressWarnings("unchecked")
      List<String> columns = List.copyOf((List<String>) Reflect.call(dataSet, "getColumnNames"));
      @SuppressWarnings("unchecked")
      List<String> types = List.copyOf((List<String>) Reflect.call(dataSet, "getColumnTypes"));
      Object iterator = Reflect.call(dataSet, "iterator");
      List<List<Object>> rows = new ArrayList<>();
      while ((Boolean) Reflect.call(iterator, "next")) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          row.add(cell(iterator, columns.get(i), types.get(i)));
        }
        rows.add(row);
      }
      Reflect.call(dataSet, "close");
      return new Rows(columns, types, rows);
    }

    private static Object cell(Object iterator, String column, String type) {
      if (column.equals("Time")) {
        // The 1.3.2 iterator reports its synthetic Time column as null; read it directly.
        return Reflect.call(iterator, "getLong", column);
      }
      if ((Boolean) Reflect.call(iterator, "isNull", column)) {
        return null;
      }
      switch (type) {
        case "BOOLEAN":
          return Reflect.call(iterator, "getBoolean", column);
        case "INT32":
          return Reflect.call(iterator, "getInt", column);
        case "INT64":
          return Reflect.call(iterator, "getLong", column);
        case "FLOAT":
          return Reflect.call(iterator, "getFloat", column);
        case "DOUBLE":
          return Reflect.call(iterator, "getDouble", column);
        default:
          return Reflect.call(iterator, "getString", column);
      }
    }
  }

  /** The status code of a failed call, read from IoTDB's StatementExecutionException. */
  static int statusCode(Reflect.Failure failure) {
    Throwable cause = failure.getCause();
    if (!cause.getClass().getName().equals("org.apache.iotdb.rpc.StatementExecutionException")) {
      throw new AssertionError("expected a StatementExecutionException", cause);
    }
    return (Integer) Reflect.call(cause, "getStatusCode");
  }
}
