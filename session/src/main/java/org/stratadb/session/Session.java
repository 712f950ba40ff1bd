package org.stratadb.session;

import java.nio.ByteBuffer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.thrift.TApplicationException;
import org.apache.thrift.TException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.protocol.client.ServerProperties;
import org.stratadb.protocol.client.TSAggregationQueryReq;
import org.stratadb.protocol.client.TSCreateAlignedTimeseriesReq;
import org.stratadb.protocol.client.TSCreateTimeseriesReq;
import org.stratadb.protocol.client.TSDeleteDataReq;
import org.stratadb.protocol.client.TSExecuteStatementReq;
import org.stratadb.protocol.client.TSExecuteStatementResp;
import org.stratadb.protocol.client.TSInsertTabletReq;
import org.stratadb.protocol.client.TSInsertTabletsReq;
import org.stratadb.protocol.client.TSLastDataQueryReq;
import org.stratadb.protocol.client.TSRawDataQueryReq;
import org.stratadb.protocol.client.TSSetTimeZoneReq;
import org.stratadb.protocol.common.TAggregationType;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.session.internal.BufferPool;
import org.stratadb.session.internal.Connection;
import org.stratadb.session.internal.ConnectionConfig;
import org.stratadb.session.internal.StatusCheck;
import org.stratadb.session.internal.TabletCodec;

/**
 * A client session with a StrataDB (or Apache IoTDB 1.3) server over the Thrift client protocol.
 *
 * <p>Build with {@link #builder()}, then {@link #open()}. All methods are synchronized; a session
 * carries one connection, so concurrent writers should each use their own session. On a transport
 * error the session reconnects (to the next node when several were given) and repeats the request
 * once; a reply whose status asks for a retry is repeated up to the configured number of times.
 */
public final class Session implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Session.class);

  /** Trim reusable write buffers above this size after each insert. */
  private static final int KEEP_BUFFER_BYTES = 64 << 20;

  private static final int INTERNAL_SERVER_ERROR = 305;

  private final List<Endpoint> endpoints;
  private final ConnectionConfig config;
  private final int maxRetryCount;
  private final long retryIntervalMs;
  private final BufferPool buffers = new BufferPool();
  private final Records records = new Records(this);
  private ZoneId zoneId;
  private int fetchSize;
  private Connection connection;
  private int endpointIndex;
  private boolean opened;

  private Session(Builder b) {
    this.endpoints = b.nodeUrls.isEmpty() ? List.of(new Endpoint(b.host, b.port)) : b.nodeUrls;
    this.config =
        new ConnectionConfig(
            b.username,
            b.password,
            b.connectionTimeoutMs,
            b.socketTimeoutMs,
            b.compact,
            b.useSsl,
            b.trustStore,
            b.trustStorePassword,
            b.maxFrameSize);
    this.zoneId = b.zoneId;
    this.fetchSize = b.fetchSize;
    this.maxRetryCount = b.maxRetryCount;
    this.retryIntervalMs = b.retryIntervalMs;
  }

  public static Builder builder() {
    return new Builder();
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  /**
   * Connects and logs in, trying the nodes in order.
   *
   * @throws StatementExecutionException the server refused the login (e.g. 801 wrong password)
   * @throws ConnectionException no node could be reached
   */
  public synchronized void open() throws StatementExecutionException, ConnectionException {
    if (connection != null) {
      return;
    }
    connection = connectFrom(0);
    opened = true;
  }

  /** Logs out and closes the connection; the session can be opened again. */
  @Override
  public synchronized void close() {
    opened = false;
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  public synchronized boolean isOpen() {
    return opened;
  }

  /** The node the session is talking to now. */
  public synchronized Endpoint getEndpoint() {
    return endpoints.get(endpointIndex);
  }

  private Connection connectFrom(int start)
      throws StatementExecutionException, ConnectionException {
    TException last = null;
    for (int i = 0; i < endpoints.size(); i++) {
      int idx = (start + i) % endpoints.size();
      try {
        Connection c = Connection.open(endpoints.get(idx), config, zoneId);
        endpointIndex = idx;
        return c;
      } catch (TException e) {
        last = e;
      }
    }
    String where = endpoints.size() == 1 ? endpoints.get(0).toString() : endpoints.toString();
    throw new ConnectionException("cannot connect to " + where + ": " + describe(last), last);
  }

  private static String describe(Throwable e) {
    if (e == null) {
      return "unknown error";
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = root.getMessage() != null ? root.getMessage() : e.getMessage();
    return msg != null ? msg : e.getClass().getSimpleName();
  }

  private Connection requireOpen() throws StatementExecutionException, ConnectionException {
    if (!opened) {
      throw new ConnectionException("session is not open");
    }
    if (connection == null) {
      connection = connectFrom(endpointIndex);
    }
    return connection;
  }

  /** Runs a call; after a transport error reconnects and runs it once more. */
  <T> T call(Connection.Rpc<T> rpc) throws StatementExecutionException, ConnectionException {
    Connection c = requireOpen();
    try {
      return c.call(rpc);
    } catch (TApplicationException e) {
      throw serverError(e);
    } catch (TException first) {
      c.abandon();
      connection = null;
      LOG.warn("Connection to {} failed ({}); reconnecting", c.endpoint(), describe(first));
      int start = endpoints.size() > 1 ? endpointIndex + 1 : endpointIndex;
      Connection fresh = connectFrom(start);
      connection = fresh;
      try {
        return fresh.call(rpc);
      } catch (TApplicationException e) {
        throw serverError(e);
      } catch (TException second) {
        fresh.abandon();
        connection = null;
        throw new ConnectionException(
            "request to " + fresh.endpoint() + " failed: " + describe(second), second);
      }
    }
  }

  /** The server answered with a Thrift error (unknown method, failure in its handler). */
  static StatementExecutionException serverError(TApplicationException e) {
    return new StatementExecutionException(
        INTERNAL_SERVER_ERROR, "server failed to process the request: " + e.getMessage());
  }

  /** Runs a call, repeating it while the reply asks for a retry, then verifies the status. */
  <T> T callVerified(Connection.Rpc<T> rpc, Function<T, TSStatus> status)
      throws StatementExecutionException, ConnectionException {
    for (int attempt = 0; ; attempt++) {
      T reply = call(rpc);
      TSStatus s = status.apply(reply);
      if (s != null && s.isSetNeedRetry() && s.needRetry && attempt < maxRetryCount) {
        sleepBeforeRetry();
        continue;
      }
      StatusCheck.verify(s);
      return reply;
    }
  }

  void callStatus(Connection.Rpc<TSStatus> rpc)
      throws StatementExecutionException, ConnectionException {
    callVerified(rpc, s -> s);
  }

  private void sleepBeforeRetry() throws ConnectionException {
    try {
      Thread.sleep(retryIntervalMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException("interrupted while waiting to retry", e);
    }
  }

  // ---- settings -------------------------------------------------------------------------------

  public synchronized ZoneId getTimeZone() {
    return zoneId;
  }

  /** Sets the session's time zone on the server and locally, e.g. "+08:00" or "Asia/Shanghai". */
  public synchronized void setTimeZone(String zone)
      throws StatementExecutionException, ConnectionException {
    ZoneId z;
    try {
      z = ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      throw new StatementExecutionException(
          703, "invalid time zone " + zone + ": " + e.getMessage());
    }
    callStatus((client, c) -> client.setTimeZone(new TSSetTimeZoneReq(c.sessionId(), zone.trim())));
    zoneId = z;
  }

  public synchronized int getFetchSize() {
    return fetchSize;
  }

  /** Rows per page of query results. */
  public synchronized void setFetchSize(int fetchSize) {
    if (fetchSize <= 0) {
      throw new IllegalArgumentException("fetch size must be positive: " + fetchSize);
    }
    this.fetchSize = fetchSize;
  }

  /** What the server reports about itself. */
  public synchronized ServerInfo getProperties()
      throws StatementExecutionException, ConnectionException {
    ServerProperties p = call((client, c) -> client.getProperties());
    return new ServerInfo(
        p.version,
        p.buildInfo,
        p.logo,
        p.timestampPrecision,
        p.supportedTimeAggregationOperations == null
            ? List.of()
            : List.copyOf(p.supportedTimeAggregationOperations),
        p.maxConcurrentClientNum,
        p.isSetThriftMaxFrameSize() ? p.thriftMaxFrameSize : 0,
        p.isSetIsReadOnly() && p.isReadOnly);
  }

  /** The server's timestamp precision: "ms", "us" or "ns". */
  public synchronized String getTimestampPrecision()
      throws StatementExecutionException, ConnectionException {
    return getProperties().timestampPrecision();
  }

  // ---- SQL ------------------------------------------------------------------------------------

  private TSExecuteStatementReq statementReq(Connection c, String sql, long timeoutMs) {
    TSExecuteStatementReq req = new TSExecuteStatementReq(c.sessionId(), sql, c.statementId());
    req.setFetchSize(fetchSize);
    if (timeoutMs > 0) {
      req.setTimeout(timeoutMs);
    }
    return req;
  }

  /** Runs a query (executeQueryStatementV2). */
  public SessionDataSet executeQueryStatement(String sql)
      throws StatementExecutionException, ConnectionException {
    return executeQueryStatement(sql, 0);
  }

  /** Runs a query with a server-side timeout in milliseconds (0: the server's default). */
  public synchronized SessionDataSet executeQueryStatement(String sql, long timeoutMs)
      throws StatementExecutionException, ConnectionException {
    return query(
        (client, c) -> client.executeQueryStatementV2(statementReq(c, sql, timeoutMs)),
        sql,
        timeoutMs);
  }

  /** Runs a statement that returns no rows (executeUpdateStatementV2). */
  public synchronized void executeNonQueryStatement(String sql)
      throws StatementExecutionException, ConnectionException {
    callVerified(
        (client, c) -> client.executeUpdateStatementV2(statementReq(c, sql, 0)), r -> r.status);
  }

  /**
   * Runs any statement (executeStatementV2, what the CLI uses).
   *
   * @return the rows if the statement produced a result set, or null
   */
  public SessionDataSet executeStatement(String sql)
      throws StatementExecutionException, ConnectionException {
    return executeStatement(sql, 0);
  }

  /** {@link #executeStatement(String)} with a server-side timeout in milliseconds. */
  public synchronized SessionDataSet executeStatement(String sql, long timeoutMs)
      throws StatementExecutionException, ConnectionException {
    Connection[] used = new Connection[1];
    TSExecuteStatementResp resp =
        callVerified(
            (client, c) -> {
              used[0] = c;
              return client.executeStatementV2(statementReq(c, sql, timeoutMs));
            },
            r -> r.status);
    return resp.isSetColumns()
        ? new SessionDataSet(resp, used[0], sql, fetchSize, timeoutMs)
        : null;
  }

  private SessionDataSet query(
      Connection.Rpc<TSExecuteStatementResp> rpc, String fetchStatement, long timeoutMs)
      throws StatementExecutionException, ConnectionException {
    Connection[] used = new Connection[1];
    TSExecuteStatementResp resp =
        callVerified(
            (client, c) -> {
              used[0] = c;
              return rpc.call(client, c);
            },
            r -> r.status);
    return new SessionDataSet(resp, used[0], fetchStatement, fetchSize, timeoutMs);
  }

  /** Raw rows of the given series with {@code startTime <= time < endTime}. */
  public synchronized SessionDataSet executeRawDataQuery(
      List<String> paths, long startTime, long endTime, long timeoutMs)
      throws StatementExecutionException, ConnectionException {
    return query(
        (client, c) -> {
          TSRawDataQueryReq req =
              new TSRawDataQueryReq(c.sessionId(), paths, startTime, endTime, c.statementId());
          req.setFetchSize(fetchSize);
          if (timeoutMs > 0) {
            req.setTimeout(timeoutMs);
          }
          return client.executeRawDataQueryV2(req);
        },
        "",
        timeoutMs);
  }

  public SessionDataSet executeRawDataQuery(List<String> paths, long startTime, long endTime)
      throws StatementExecutionException, ConnectionException {
    return executeRawDataQuery(paths, startTime, endTime, 0);
  }

  /** The last point of each series at or after {@code lastTime}. */
  public synchronized SessionDataSet executeLastDataQuery(
      List<String> paths, long lastTime, long timeoutMs)
      throws StatementExecutionException, ConnectionException {
    return query(
        (client, c) -> {
          TSLastDataQueryReq req =
              new TSLastDataQueryReq(c.sessionId(), paths, lastTime, c.statementId());
          req.setFetchSize(fetchSize);
          if (timeoutMs > 0) {
            req.setTimeout(timeoutMs);
          }
          return client.executeLastDataQueryV2(req);
        },
        "",
        timeoutMs);
  }

  /** The last point of each series. */
  public SessionDataSet executeLastDataQuery(List<String> paths)
      throws StatementExecutionException, ConnectionException {
    return executeLastDataQuery(paths, Long.MIN_VALUE, 0);
  }

  /** One aggregation per path over all time. */
  public SessionDataSet executeAggregationQuery(
      List<String> paths, List<AggregationType> aggregations)
      throws StatementExecutionException, ConnectionException {
    return executeAggregationQuery(paths, aggregations, null, null, null, null);
  }

  /** One aggregation per path over {@code [startTime, endTime)}. */
  public SessionDataSet executeAggregationQuery(
      List<String> paths, List<AggregationType> aggregations, long startTime, long endTime)
      throws StatementExecutionException, ConnectionException {
    return executeAggregationQuery(paths, aggregations, startTime, endTime, null, null);
  }

  /**
   * Aggregations over {@code [startTime, endTime)} in windows of {@code interval}, moved by {@code
   * slidingStep}; null leaves a bound or the window out.
   */
  public synchronized SessionDataSet executeAggregationQuery(
      List<String> paths,
      List<AggregationType> aggregations,
      Long startTime,
      Long endTime,
      Long interval,
      Long slidingStep)
      throws StatementExecutionException, ConnectionException {
    List<TAggregationType> types = new ArrayList<>(aggregations.size());
    for (AggregationType a : aggregations) {
      types.add(TAggregationType.findByValue(a.ordinal()));
    }
    return query(
        (client, c) -> {
          TSAggregationQueryReq req =
              new TSAggregationQueryReq(c.sessionId(), c.statementId(), paths, types);
          req.setFetchSize(fetchSize);
          if (startTime != null) {
            req.setStartTime(startTime);
          }
          if (endTime != null) {
            req.setEndTime(endTime);
          }
          if (interval != null) {
            req.setInterval(interval);
          }
          if (slidingStep != null) {
            req.setSlidingStep(slidingStep);
          }
          return client.executeAggregationQueryV2(req);
        },
        "",
        0);
  }

  // ---- schema ---------------------------------------------------------------------------------

  public synchronized void createDatabase(String database)
      throws StatementExecutionException, ConnectionException {
    callStatus((client, c) -> client.setStorageGroup(c.sessionId(), database));
  }

  public void deleteDatabase(String database)
      throws StatementExecutionException, ConnectionException {
    deleteDatabases(List.of(database));
  }

  public synchronized void deleteDatabases(List<String> databases)
      throws StatementExecutionException, ConnectionException {
    callStatus((client, c) -> client.deleteStorageGroups(c.sessionId(), databases));
  }

  public void createTimeseries(
      String path, TSDataType type, TSEncoding encoding, CompressionType compressor)
      throws StatementExecutionException, ConnectionException {
    createTimeseries(path, type, encoding, compressor, null, null, null, null);
  }

  /** Creates one series with optional props, tags, attributes and alias (null for none). */
  public synchronized void createTimeseries(
      String path,
      TSDataType type,
      TSEncoding encoding,
      CompressionType compressor,
      Map<String, String> props,
      Map<String, String> tags,
      Map<String, String> attributes,
      String alias)
      throws StatementExecutionException, ConnectionException {
    callStatus(
        (client, c) -> {
          TSCreateTimeseriesReq req =
              new TSCreateTimeseriesReq(
                  c.sessionId(), path, type.code(), encoding.code(), compressor.code());
          req.setProps(props);
          req.setTags(tags);
          req.setAttributes(attributes);
          req.setMeasurementAlias(alias);
          return client.createTimeseries(req);
        });
  }

  /** Creates the measurements of one aligned device; {@code aliases} may be null. */
  public synchronized void createAlignedTimeseries(
      String deviceId,
      List<String> measurements,
      List<TSDataType> types,
      List<TSEncoding> encodings,
      List<CompressionType> compressors,
      List<String> aliases)
      throws StatementExecutionException, ConnectionException {
    List<Integer> typeCodes = new ArrayList<>();
    List<Integer> encodingCodes = new ArrayList<>();
    List<Integer> compressorCodes = new ArrayList<>();
    for (int i = 0; i < measurements.size(); i++) {
      typeCodes.add((int) types.get(i).code());
      encodingCodes.add(encodings.get(i).code());
      compressorCodes.add(compressors.get(i).code());
    }
    callStatus(
        (client, c) -> {
          TSCreateAlignedTimeseriesReq req =
              new TSCreateAlignedTimeseriesReq(
                  c.sessionId(), deviceId, measurements, typeCodes, encodingCodes, compressorCodes);
          req.setMeasurementAlias(aliases);
          return client.createAlignedTimeseries(req);
        });
  }

  public void deleteTimeseries(String path)
      throws StatementExecutionException, ConnectionException {
    deleteTimeseries(List.of(path));
  }

  public synchronized void deleteTimeseries(List<String> paths)
      throws StatementExecutionException, ConnectionException {
    callStatus((client, c) -> client.deleteTimeseries(c.sessionId(), paths));
  }

  /** Deletes the points of {@code path} with time at most {@code endTime}. */
  public void deleteData(String path, long endTime)
      throws StatementExecutionException, ConnectionException {
    deleteData(List.of(path), Long.MIN_VALUE, endTime);
  }

  /** Deletes the points of the paths with {@code startTime <= time <= endTime}. */
  public synchronized void deleteData(List<String> paths, long startTime, long endTime)
      throws StatementExecutionException, ConnectionException {
    callStatus(
        (client, c) ->
            client.deleteData(new TSDeleteDataReq(c.sessionId(), paths, startTime, endTime)));
  }

  // ---- tablets --------------------------------------------------------------------------------

  /**
   * Writes the tablet's rows. Rows out of time order are sorted in place first. An empty tablet
   * sends nothing.
   */
  public synchronized void insertTablet(Tablet tablet)
      throws StatementExecutionException, ConnectionException {
    if (tablet.getRowSize() == 0) {
      return;
    }
    tablet.sortByTime();
    TSInsertTabletReq req = new TSInsertTabletReq();
    req.prefixPath = tablet.getDeviceId();
    req.measurements = tablet.getMeasurements();
    req.types = typeCodes(tablet);
    req.timestamps = times(tablet, 0);
    req.values = values(tablet, 1);
    req.setSize(tablet.getRowSize());
    req.setIsAligned(tablet.isAligned());
    try {
      callStatus(
          (client, c) -> {
            req.setSessionId(c.sessionId());
            return client.insertTablet(req);
          });
    } finally {
      buffers.trim(KEEP_BUFFER_BYTES);
    }
  }

  /** Writes several tablets in one request; they must agree on alignment. */
  public synchronized void insertTablets(List<Tablet> tablets)
      throws StatementExecutionException, ConnectionException {
    List<Tablet> nonEmpty = new ArrayList<>(tablets.size());
    for (Tablet t : tablets) {
      if (t.getRowSize() > 0) {
        nonEmpty.add(t);
      }
    }
    if (nonEmpty.isEmpty()) {
      return;
    }
    boolean aligned = nonEmpty.get(0).isAligned();
    TSInsertTabletsReq req = new TSInsertTabletsReq();
    req.prefixPaths = new ArrayList<>(nonEmpty.size());
    req.measurementsList = new ArrayList<>(nonEmpty.size());
    req.typesList = new ArrayList<>(nonEmpty.size());
    req.timestampsList = new ArrayList<>(nonEmpty.size());
    req.valuesList = new ArrayList<>(nonEmpty.size());
    req.sizeList = new ArrayList<>(nonEmpty.size());
    for (int i = 0; i < nonEmpty.size(); i++) {
      Tablet t = nonEmpty.get(i);
      if (t.isAligned() != aligned) {
        throw new IllegalArgumentException("insertTablets: tablets differ in alignment");
      }
      t.sortByTime();
      req.prefixPaths.add(t.getDeviceId());
      req.measurementsList.add(t.getMeasurements());
      req.typesList.add(typeCodes(t));
      req.timestampsList.add(times(t, 2 * i));
      req.valuesList.add(values(t, 2 * i + 1));
      req.sizeList.add(t.getRowSize());
    }
    req.setIsAligned(aligned);
    try {
      callStatus(
          (client, c) -> {
            req.setSessionId(c.sessionId());
            return client.insertTablets(req);
          });
    } finally {
      buffers.trim(KEEP_BUFFER_BYTES);
    }
  }

  private static List<Integer> typeCodes(Tablet tablet) {
    List<Integer> codes = new ArrayList<>(tablet.getColumnCount());
    for (int i = 0; i < tablet.getColumnCount(); i++) {
      codes.add((int) tablet.type(i).code());
    }
    return codes;
  }

  private ByteBuffer times(Tablet tablet, int slot) {
    ByteBuffer b = buffers.get(slot, TabletCodec.timesSize(tablet));
    TabletCodec.writeTimes(tablet, b);
    b.flip();
    return b;
  }

  private ByteBuffer values(Tablet tablet, int slot) {
    ByteBuffer b = buffers.get(slot, TabletCodec.valuesSize(tablet));
    TabletCodec.writeValues(tablet, b);
    b.flip();
    return b;
  }

  // ---- records --------------------------------------------------------------------------------

  /** Writes one typed row; null values are left out, an all-null row sends nothing. */
  public synchronized void insertRecord(
      String deviceId,
      long time,
      List<String> measurements,
      List<TSDataType> types,
      List<Object> values)
      throws StatementExecutionException, ConnectionException {
    records.insertRecord(deviceId, time, measurements, types, values, false);
  }

  /** {@link #insertRecord(String, long, List, List, List)} with the values inline. */
  public void insertRecord(
      String deviceId,
      long time,
      List<String> measurements,
      List<TSDataType> types,
      Object... values)
      throws StatementExecutionException, ConnectionException {
    insertRecord(deviceId, time, measurements, types, java.util.Arrays.asList(values));
  }

  /** Writes one typed row of an aligned device. */
  public synchronized void insertAlignedRecord(
      String deviceId,
      long time,
      List<String> measurements,
      List<TSDataType> types,
      List<Object> values)
      throws StatementExecutionException, ConnectionException {
    records.insertRecord(deviceId, time, measurements, types, values, true);
  }

  /** Writes one row given as text; the server infers or casts the types. */
  public synchronized void insertStringRecord(
      String deviceId, long time, List<String> measurements, List<String> values)
      throws StatementExecutionException, ConnectionException {
    records.insertStringRecord(deviceId, time, measurements, values, false);
  }

  /** Writes one row of an aligned device given as text. */
  public synchronized void insertAlignedStringRecord(
      String deviceId, long time, List<String> measurements, List<String> values)
      throws StatementExecutionException, ConnectionException {
    records.insertStringRecord(deviceId, time, measurements, values, true);
  }

  /** Writes typed rows of any devices in one request. */
  public synchronized void insertRecords(
      List<String> deviceIds,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<TSDataType>> typesList,
      List<List<Object>> valuesList)
      throws StatementExecutionException, ConnectionException {
    records.insertRecords(deviceIds, times, measurementsList, typesList, valuesList, false);
  }

  /** Writes typed rows of aligned devices in one request. */
  public synchronized void insertAlignedRecords(
      List<String> deviceIds,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<TSDataType>> typesList,
      List<List<Object>> valuesList)
      throws StatementExecutionException, ConnectionException {
    records.insertRecords(deviceIds, times, measurementsList, typesList, valuesList, true);
  }

  /** Writes rows given as text of any devices in one request. */
  public synchronized void insertStringRecords(
      List<String> deviceIds,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<String>> valuesList)
      throws StatementExecutionException, ConnectionException {
    records.insertStringRecords(deviceIds, times, measurementsList, valuesList, false);
  }

  /** Writes typed rows of one device in one request. */
  public synchronized void insertRecordsOfOneDevice(
      String deviceId,
      List<Long> times,
      List<List<String>> measurementsList,
      List<List<TSDataType>> typesList,
      List<List<Object>> valuesList)
      throws StatementExecutionException, ConnectionException {
    records.insertRecordsOfOneDevice(
        deviceId, times, measurementsList, typesList, valuesList, false);
  }

  // ---- builder --------------------------------------------------------------------------------

  /** Settings of a session; every one has a default. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 6667;
    private List<Endpoint> nodeUrls = List.of();
    private String username = "root";
    private String password = "root";
    private ZoneId zoneId = ZoneId.systemDefault();
    private int fetchSize = 5000;
    private int connectionTimeoutMs;
    private int socketTimeoutMs;
    private boolean compact;
    private boolean useSsl;
    private String trustStore;
    private String trustStorePassword;
    private int maxFrameSize = 512 << 20;
    private int maxRetryCount = 60;
    private long retryIntervalMs = 500;

    private Builder() {}

    /** Server host (default 127.0.0.1); ignored when node urls are given. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Server client port (default 6667). */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Several nodes as {@code host:port}; tried in order at open, and in turn on failures. */
    public Builder nodeUrls(List<String> urls) {
      List<Endpoint> parsed = new ArrayList<>();
      for (String url : urls) {
        parsed.add(Endpoint.parse(url, 6667));
      }
      this.nodeUrls = List.copyOf(parsed);
      return this;
    }

    public Builder username(String username) {
      this.username = username;
      return this;
    }

    /** Password (default "root"); null sends none. */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /** Session time zone (default: this JVM's). */
    public Builder zoneId(ZoneId zoneId) {
      this.zoneId = zoneId;
      return this;
    }

    /** Rows per result page (default 5000). */
    public Builder fetchSize(int fetchSize) {
      if (fetchSize <= 0) {
        throw new IllegalArgumentException("fetch size must be positive: " + fetchSize);
      }
      this.fetchSize = fetchSize;
      return this;
    }

    /** TCP connect timeout in ms (default 0: none). */
    public Builder connectionTimeoutMs(int ms) {
      this.connectionTimeoutMs = ms;
      return this;
    }

    /** Read timeout of every call in ms (default 0: none). */
    public Builder socketTimeoutMs(int ms) {
      this.socketTimeoutMs = ms;
      return this;
    }

    /** Thrift compact protocol (IoTDB's "RPC compression"); the server must agree. */
    public Builder compact(boolean compact) {
      this.compact = compact;
      return this;
    }

    /** TLS, trusting the certificates in {@code trustStore}. */
    public Builder useSsl(String trustStore, String trustStorePassword) {
      this.useSsl = true;
      this.trustStore = trustStore;
      this.trustStorePassword = trustStorePassword;
      return this;
    }

    /** The largest reply frame accepted (default 512 MiB). */
    public Builder maxFrameSize(int bytes) {
      this.maxFrameSize = bytes;
      return this;
    }

    /** How often a reply asking for a retry is retried (default 60), and the pause (500 ms). */
    public Builder retry(int maxRetryCount, long retryIntervalMs) {
      this.maxRetryCount = maxRetryCount;
      this.retryIntervalMs = retryIntervalMs;
      return this;
    }

    public Session build() {
      return new Session(this);
    }
  }
}
