package org.stratadb.it.iotdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iotdb.rpc.IoTDBConnectionException;
import org.apache.iotdb.session.Session;
import org.stratadb.it.Cluster;

/** Apache IoTDB's real clients, connected to a DataNode that the harness started. */
final class IotdbClients {
  private IotdbClients() {}

  /** The client RPC port of the cluster's first DataNode. */
  static int rpcPort(Cluster cluster) {
    return cluster.dataNodes().get(0).port("dn_rpc_port");
  }

  /** A session built with the library's defaults (fetch size 5000, node-list fetching on). */
  static Session session(int port, String user, String password) {
    return new Session.Builder()
        .host("127.0.0.1")
        .port(port)
        .username(user)
        .password(password)
        .build();
  }

  /** An open session; {@link Session#open()} failures propagate. */
  static Session openSession(int port, String user, String password)
      throws IoTDBConnectionException {
    Session session = session(port, user, password);
    session.open(false);
    return session;
  }

  /** A java.sql connection through the real IoTDB JDBC driver. */
  static Connection jdbc(int port, String user, String password) throws SQLException {
    try {
      Class.forName("org.apache.iotdb.jdbc.IoTDBDriver");
    } catch (ClassNotFoundException e) {
      throw new AssertionError("iotdb-jdbc is not on the class path", e);
    }
    return DriverManager.getConnection("jdbc:iotdb://127.0.0.1:" + port + "/", user, password);
  }

  /** The column labels of a JDBC result, in order. */
  static List<String> columns(ResultSetMetaData meta) throws SQLException {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      names.add(meta.getColumnName(i));
    }
    return names;
  }

  /** Every row of a JDBC result as strings ({@code null} for SQL NULL), by column label. */
  static List<Map<String, String>> strings(ResultSet rs) throws SQLException {
    List<String> names = columns(rs.getMetaData());
    List<Map<String, String>> rows = new ArrayList<>();
    while (rs.next()) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 1; i <= names.size(); i++) {
        row.put(names.get(i - 1), rs.getString(i));
      }
      rows.add(row);
    }
    return rows;
  }
}
