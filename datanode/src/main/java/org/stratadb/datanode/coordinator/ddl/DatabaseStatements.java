package org.stratadb.datanode.coordinator.ddl;

import static org.apache.tsfile.enums.TSDataType.INT32;
import static org.apache.tsfile.enums.TSDataType.INT64;
import static org.apache.tsfile.enums.TSDataType.TEXT;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.cluster.ConfigNodeAnswers;
import org.stratadb.datanode.cluster.ConfigNodeClient;
import org.stratadb.datanode.coordinator.table.TableResult;
import org.stratadb.datanode.partition.PartitionCache;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.TDatabaseInfo;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TDeleteDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesResp;
import org.stratadb.query.sql.ast.DatabaseAttribute;

/** CREATE / DROP / SHOW / COUNT DATABASES: the database table lives on the ConfigNode. */
public final class DatabaseStatements {
  private final ConfigNodeClient configNodes;
  private final PartitionCache partitions;

  public DatabaseStatements(ConfigNodeClient configNodes, PartitionCache partitions) {
    this.configNodes = configNodes;
    this.partitions = partitions;
  }

  public void create(PartialPath database, Map<DatabaseAttribute, Long> attributes) {
    checkDatabasePath(database);
    TDatabaseSchema schema = new TDatabaseSchema(database.toString());
    attributes.forEach(
        (key, value) -> {
          switch (key) {
            case TTL -> schema.setTtl(value);
            case SCHEMA_REPLICATION_FACTOR -> schema.setSchemaReplicationFactor(value.intValue());
            case DATA_REPLICATION_FACTOR -> schema.setDataReplicationFactor(value.intValue());
            case TIME_PARTITION_INTERVAL -> schema.setTimePartitionInterval(value);
            case SCHEMA_REGION_GROUP_NUM -> schema.setMinSchemaRegionGroupNum(value.intValue());
            case DATA_REGION_GROUP_NUM -> schema.setMinDataRegionGroupNum(value.intValue());
          }
        });
    TSStatus status = configNodes.call("create database", c -> c.setDatabase(schema), s -> s);
    ConfigNodeAnswers.check(status);
  }

  public void drop(List<PartialPath> patterns) {
    List<String> names = new ArrayList<>();
    for (PartialPath pattern : patterns) {
      List<TDatabaseInfo> matched = fetch(pattern);
      if (matched.isEmpty()) {
        throw new StrataException(
            StatusCode.PATH_NOT_EXIST, "Path [" + pattern + "] does not exist");
      }
      matched.forEach(db -> names.add(db.getName()));
    }
    TDeleteDatabasesReq req = new TDeleteDatabasesReq(names);
    TSStatus status = configNodes.call("delete databases", c -> c.deleteDatabases(req), s -> s);
    ConfigNodeAnswers.check(status);
    partitions.invalidate(names);
  }

  public TableResult show(PartialPath pattern, boolean details) {
    TableResult.Builder out = TableResult.builder();
    out.column("Database", TEXT).column("SchemaReplicationFactor", INT32);
    out.column("DataReplicationFactor", INT32).column("TimePartitionOrigin", INT64);
    out.column("TimePartitionInterval", INT64);
    if (details) {
      out.column("SchemaRegionGroupNum", INT32).column("DataRegionGroupNum", INT32);
    }
    for (TDatabaseInfo db : fetch(pattern)) {
      if (details) {
        out.row(
            db.getName(),
            db.getSchemaReplicationFactor(),
            db.getDataReplicationFactor(),
            0L,
            db.getTimePartitionInterval(),
            db.getSchemaRegionNum(),
            db.getDataRegionNum());
      } else {
        out.row(
            db.getName(),
            db.getSchemaReplicationFactor(),
            db.getDataReplicationFactor(),
            0L,
            db.getTimePartitionInterval());
      }
    }
    return out.build();
  }

  public TableResult count(PartialPath pattern) {
    return TableResult.builder()
        .column("count(database)", INT32)
        .row(fetch(pattern).size())
        .build();
  }

  /** The databases matching a pattern, sorted by name. */
  public List<TDatabaseInfo> fetch(PartialPath pattern) {
    TGetDatabasesReq req = new TGetDatabasesReq(List.of(pattern.toString()));
    TGetDatabasesResp resp =
        configNodes.call("get databases", c -> c.getDatabases(req), r -> r.getStatus());
    ConfigNodeAnswers.check(resp.getStatus());
    List<TDatabaseInfo> dbs =
        new ArrayList<>(resp.isSetDatabases() ? resp.getDatabases() : List.of());
    dbs.sort(Comparator.comparing(TDatabaseInfo::getName));
    return dbs;
  }

  private static void checkDatabasePath(PartialPath database) {
    if (database.length() < 2 || !PartialPath.ROOT.equals(database.node(0))) {
      throw new StrataException(
          StatusCode.ILLEGAL_PATH,
          database + " is not a legal path, because a database is below root, e.g. root.sg");
    }
    if (database.hasWildcard()) {
      throw new StrataException(
          StatusCode.ILLEGAL_PATH, database + " is not a legal path: a database has no wildcard");
    }
  }
}
