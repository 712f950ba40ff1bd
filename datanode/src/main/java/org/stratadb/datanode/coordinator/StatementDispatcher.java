package org.stratadb.datanode.coordinator;

import static org.apache.tsfile.enums.TSDataType.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.StrataVersion;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.coordinator.ddl.DatabaseStatements;
import org.stratadb.datanode.coordinator.schema.SchemaStatements;
import org.stratadb.datanode.coordinator.table.ClusterInfoQueries;
import org.stratadb.datanode.coordinator.table.TableResult;
import org.stratadb.datanode.region.RegionManager;
import org.stratadb.datanode.schema.MeasurementSpec;
import org.stratadb.datanode.write.DataDeleter;
import org.stratadb.datanode.write.WriteExecutor;
import org.stratadb.protocol.cluster.TConsensusGroupType;
import org.stratadb.query.api.ExecutionResult;
import org.stratadb.query.api.QueryEngine;
import org.stratadb.query.api.SessionContext;
import org.stratadb.query.sql.ast.AlignedMeasurement;
import org.stratadb.query.sql.ast.CountDatabases;
import org.stratadb.query.sql.ast.CountDevices;
import org.stratadb.query.sql.ast.CountNodes;
import org.stratadb.query.sql.ast.CountTimeseries;
import org.stratadb.query.sql.ast.CreateAlignedTimeseries;
import org.stratadb.query.sql.ast.CreateDatabase;
import org.stratadb.query.sql.ast.CreateTimeseries;
import org.stratadb.query.sql.ast.DeleteData;
import org.stratadb.query.sql.ast.DropDatabase;
import org.stratadb.query.sql.ast.DropTimeseries;
import org.stratadb.query.sql.ast.Flush;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.InsertRow;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.SeriesSpec;
import org.stratadb.query.sql.ast.SetTtl;
import org.stratadb.query.sql.ast.ShowChildNodes;
import org.stratadb.query.sql.ast.ShowChildPaths;
import org.stratadb.query.sql.ast.ShowCluster;
import org.stratadb.query.sql.ast.ShowClusterId;
import org.stratadb.query.sql.ast.ShowConfigNodes;
import org.stratadb.query.sql.ast.ShowDataNodes;
import org.stratadb.query.sql.ast.ShowDatabases;
import org.stratadb.query.sql.ast.ShowDevices;
import org.stratadb.query.sql.ast.ShowRegions;
import org.stratadb.query.sql.ast.ShowTimeseries;
import org.stratadb.query.sql.ast.ShowTtl;
import org.stratadb.query.sql.ast.ShowVariables;
import org.stratadb.query.sql.ast.ShowVersion;
import org.stratadb.query.sql.ast.StatementVisitor;
import org.stratadb.query.sql.ast.UnsetTtl;
import org.stratadb.query.sql.ast.expression.Literal;
import org.stratadb.query.sql.ast.expression.NullLiteral;

/** Runs one parsed statement of one session by handing it to the part of the node that owns it. */
final class StatementDispatcher implements StatementVisitor<ExecutionResult> {

  /** The parts of the node statements are run by. */
  record Parts(
      DatabaseStatements databases,
      SchemaStatements schema,
      ClusterInfoQueries cluster,
      WriteExecutor writes,
      DataDeleter deletes,
      RegionManager regions,
      QueryEngine queries) {}

  private final Parts parts;
  private final SessionContext session;

  StatementDispatcher(Parts parts, SessionContext session) {
    this.parts = parts;
    this.session = session;
  }

  private static ExecutionResult done() {
    return ExecutionResult.done();
  }

  private static ExecutionResult rows(TableResult result) {
    return new ExecutionResult.Rows(result);
  }

  @Override
  public ExecutionResult visitCreateDatabase(CreateDatabase s) {
    parts.databases.create(s.database(), s.attributes());
    return done();
  }

  @Override
  public ExecutionResult visitDropDatabase(DropDatabase s) {
    parts.databases.drop(s.databases());
    return done();
  }

  @Override
  public ExecutionResult visitShowDatabases(ShowDatabases s) {
    return rows(parts.databases.show(s.pattern(), s.details()));
  }

  @Override
  public ExecutionResult visitCountDatabases(CountDatabases s) {
    return rows(parts.databases.count(s.pattern()));
  }

  @Override
  public ExecutionResult visitCreateTimeseries(CreateTimeseries s) {
    parts.schema.createTimeseries(s.path(), spec(s.path().lastNode(), s.spec()));
    return done();
  }

  @Override
  public ExecutionResult visitCreateAlignedTimeseries(CreateAlignedTimeseries s) {
    List<MeasurementSpec> specs = new ArrayList<>();
    for (AlignedMeasurement m : s.measurements()) {
      specs.add(spec(m.name(), m.spec()));
    }
    parts.schema.createAlignedTimeseries(s.device(), specs);
    return done();
  }

  static MeasurementSpec spec(String name, SeriesSpec s) {
    return new MeasurementSpec(
        name,
        s.dataType(),
        s.encoding().orElse(null),
        s.compressor().orElse(null),
        s.alias().orElse(null),
        s.tags(),
        s.attributes(),
        s.props());
  }

  @Override
  public ExecutionResult visitDropTimeseries(DropTimeseries s) {
    List<PartialPath> dropped = new ArrayList<>();
    parts.schema.dropTimeseries(s.patterns()).forEach(series -> dropped.add(series.path()));
    parts.deletes.delete(dropped, Long.MIN_VALUE, Long.MAX_VALUE);
    return done();
  }

  @Override
  public ExecutionResult visitShowTimeseries(ShowTimeseries s) {
    return rows(parts.schema.showTimeseries(s.pattern(), s.page().limit(), s.page().offset()));
  }

  @Override
  public ExecutionResult visitShowDevices(ShowDevices s) {
    return rows(
        parts.schema.showDevices(
            s.pattern(), s.withDatabase(), s.page().limit(), s.page().offset()));
  }

  @Override
  public ExecutionResult visitCountTimeseries(CountTimeseries s) {
    Integer level = s.groupByLevel().isPresent() ? s.groupByLevel().getAsInt() : null;
    return rows(parts.schema.countTimeseries(s.pattern(), level));
  }

  @Override
  public ExecutionResult visitCountDevices(CountDevices s) {
    return rows(parts.schema.countDevices(s.pattern()));
  }

  @Override
  public ExecutionResult visitSelect(Select s) {
    return parts.queries.execute(s, session);
  }

  @Override
  public ExecutionResult visitInsert(Insert s) {
    String device = s.device().toString();
    String[] measurements = s.measurements().toArray(String[]::new);
    for (InsertRow row : s.rows()) {
      String[] values = new String[measurements.length];
      for (int i = 0; i < values.length; i++) {
        Literal value = row.values().get(i);
        values[i] = value instanceof NullLiteral ? null : value.text();
      }
      parts.writes.writeTextRow(device, s.aligned(), row.time(), measurements, values);
    }
    return done();
  }

  @Override
  public ExecutionResult visitDeleteData(DeleteData s) {
    parts.deletes.delete(s.paths(), s.startTime(), s.endTime());
    return done();
  }

  @Override
  public ExecutionResult visitShowCluster(ShowCluster s) {
    return rows(parts.cluster.showCluster(s.details()));
  }

  @Override
  public ExecutionResult visitShowConfigNodes(ShowConfigNodes s) {
    return rows(parts.cluster.showConfigNodes());
  }

  @Override
  public ExecutionResult visitShowDataNodes(ShowDataNodes s) {
    return rows(parts.cluster.showDataNodes());
  }

  @Override
  public ExecutionResult visitShowRegions(ShowRegions s) {
    TConsensusGroupType type =
        switch (s.kind()) {
          case ALL -> null;
          case SCHEMA -> TConsensusGroupType.SCHEMA_REGION;
          case DATA -> TConsensusGroupType.DATA_REGION;
        };
    List<String> databases = s.databases().stream().map(PartialPath::toString).toList();
    return rows(parts.cluster.showRegions(type, databases, session.zoneId()));
  }

  @Override
  public ExecutionResult visitFlush(Flush s) {
    if (s.databases().isEmpty()) {
      parts.regions.flushAll();
    } else {
      parts.regions.flushDatabases(s.databases().stream().map(PartialPath::toString).toList());
    }
    return done();
  }

  @Override
  public ExecutionResult visitShowVersion(ShowVersion s) {
    return rows(
        TableResult.builder()
            .column("Version", TEXT)
            .column("BuildInfo", TEXT)
            .row(StrataVersion.version(), StrataVersion.buildInfo())
            .build());
  }

  @Override
  public ExecutionResult visitSetTtl(SetTtl s) {
    throw unsupported("SET TTL");
  }

  @Override
  public ExecutionResult visitUnsetTtl(UnsetTtl s) {
    throw unsupported("UNSET TTL");
  }

  @Override
  public ExecutionResult visitShowTtl(ShowTtl s) {
    throw unsupported("SHOW TTL");
  }

  @Override
  public ExecutionResult visitShowChildPaths(ShowChildPaths s) {
    throw unsupported("SHOW CHILD PATHS");
  }

  @Override
  public ExecutionResult visitShowChildNodes(ShowChildNodes s) {
    throw unsupported("SHOW CHILD NODES");
  }

  @Override
  public ExecutionResult visitCountNodes(CountNodes s) {
    throw unsupported("COUNT NODES");
  }

  @Override
  public ExecutionResult visitShowClusterId(ShowClusterId s) {
    throw unsupported("SHOW CLUSTERID");
  }

  @Override
  public ExecutionResult visitShowVariables(ShowVariables s) {
    throw unsupported("SHOW VARIABLES");
  }

  private static StrataException unsupported(String what) {
    return new StrataException(
        StatusCode.UNSUPPORTED_OPERATION, what + " is not supported by this StrataDB version");
  }
}
