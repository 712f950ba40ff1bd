package org.stratadb.confignode.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.cluster.ClusterConfig;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;
import org.stratadb.confignode.heartbeat.NodeStatus;
import org.stratadb.confignode.state.ClusterStateView;
import org.stratadb.confignode.state.RegionGroup;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.cluster.TRegionReplicaSet;
import org.stratadb.protocol.confignode.TDatabaseInfo;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TGetDatabasesResp;
import org.stratadb.protocol.confignode.state.TConfigCommand;
import org.stratadb.protocol.confignode.state.TCreateDatabaseCommand;
import org.stratadb.protocol.confignode.state.TDatabaseRecord;
import org.stratadb.protocol.confignode.state.TDeleteDatabasesCommand;

/** Databases: create (with IoTDB's checks and messages), list and drop. */
public final class DatabaseService {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseService.class);

  private final ServiceContext ctx;

  public DatabaseService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Creates a database; unset settings take the cluster's defaults.
   *
   * @throws StrataException ILLEGAL_PATH for a name outside root or with a wildcard,
   *     DATABASE_ALREADY_EXISTS if it, an ancestor or a descendant is already a database
   */
  public void setDatabase(TDatabaseSchema schema) {
    ctx.region().requireLeader();
    TDatabaseRecord record = record(schema, ctx.config().cluster());
    ctx.locked(
        () -> {
          ctx.region().write(TConfigCommand.createDatabase(new TCreateDatabaseCommand(record)));
          return null;
        });
    LOG.info("Database {} created", record.getName());
  }

  /** The validated record of a new database. */
  static TDatabaseRecord record(TDatabaseSchema s, ClusterConfig cluster) {
    PartialPath path = validName(s.getName());
    TDatabaseRecord r =
        new TDatabaseRecord(
            path.toString(),
            s.isSetTtl() ? s.getTtl() : Long.MAX_VALUE,
            s.isSetSchemaReplicationFactor()
                ? s.getSchemaReplicationFactor()
                : cluster.schemaReplicationFactor(),
            s.isSetDataReplicationFactor()
                ? s.getDataReplicationFactor()
                : cluster.dataReplicationFactor(),
            s.isSetTimePartitionInterval()
                ? s.getTimePartitionInterval()
                : cluster.timePartitionInterval(),
            s.isSetMinSchemaRegionGroupNum()
                ? s.getMinSchemaRegionGroupNum()
                : cluster.defaultSchemaRegionGroupNumPerDatabase(),
            s.isSetMinDataRegionGroupNum()
                ? s.getMinDataRegionGroupNum()
                : cluster.defaultDataRegionGroupNumPerDatabase());
    requirePositive(r.getTtl(), "TTL");
    requirePositive(r.getSchemaReplicationFactor(), "schema replication factor");
    requirePositive(r.getDataReplicationFactor(), "data replication factor");
    requirePositive(r.getTimePartitionInterval(), "time partition interval");
    requirePositive(r.getMinSchemaRegionGroupNum(), "schema region group number");
    requirePositive(r.getMinDataRegionGroupNum(), "data region group number");
    return r;
  }

  private static PartialPath validName(String name) {
    PartialPath path = PartialPath.parse(name);
    if (!PartialPath.ROOT.equals(path.node(0))) {
      throw illegal(name, "a database must start with root");
    }
    if (path.length() < 2) {
      throw illegal(name, "root itself cannot be a database");
    }
    if (path.hasWildcard()) {
      throw illegal(name, "a database name must not contain a wildcard");
    }
    return path;
  }

  private static StrataException illegal(String name, String why) {
    return new StrataException(
        StatusCode.ILLEGAL_PATH, name + " is not a legal path, because " + why);
  }

  private static void requirePositive(long value, String what) {
    if (value <= 0) {
      throw new StrataException(
          StatusCode.DATABASE_CONFIG_ERROR, "the " + what + " must be positive, got " + value);
    }
  }

  /** The databases matching any pattern (all for none), by name. */
  public TGetDatabasesResp getDatabases(List<String> patterns) {
    ctx.region().requireLeader();
    List<PathPattern> parsed = patterns.stream().map(PathPattern::parse).toList();
    return ctx.state()
        .read(
            v -> {
              List<TDatabaseInfo> out = new ArrayList<>();
              for (TDatabaseRecord d : v.databases()) {
                if (parsed.isEmpty() || matchesAny(parsed, d.getName())) {
                  out.add(info(v, d));
                }
              }
              return new TGetDatabasesResp().setDatabases(out);
            });
  }

  private static TDatabaseInfo info(ClusterStateView v, TDatabaseRecord d) {
    return new TDatabaseInfo(
        d.getName(),
        d.getTtl(),
        d.getSchemaReplicationFactor(),
        d.getDataReplicationFactor(),
        d.getTimePartitionInterval(),
        v.regionGroups(d.getName(), ConsensusGroupId.Type.SCHEMA_REGION).size(),
        v.regionGroups(d.getName(), ConsensusGroupId.Type.DATA_REGION).size());
  }

  private static boolean matchesAny(List<PathPattern> patterns, String database) {
    PartialPath path = PartialPath.parse(database);
    return patterns.stream().anyMatch(p -> p.matches(path));
  }

  /**
   * Drops the databases named or matched by {@code names}, with their regions and partitions, then
   * asks the DataNodes to drop their caches and replicas.
   *
   * @throws StrataException PATH_NOT_EXIST if none matches
   */
  public void deleteDatabases(List<String> names) {
    ctx.region().requireLeader();
    List<PathPattern> patterns = names.stream().map(PathPattern::parse).toList();
    Dropped dropped =
        ctx.locked(
            () -> {
              Dropped d = ctx.state().read(v -> dropped(v, patterns));
              if (d.databases.isEmpty()) {
                throw new StrataException(
                    StatusCode.PATH_NOT_EXIST,
                    "Path [" + String.join(", ", names) + "] does not exist");
              }
              ctx.region()
                  .write(TConfigCommand.deleteDatabases(new TDeleteDatabasesCommand(d.databases)));
              return d;
            });
    LOG.info(
        "Databases {} dropped with {} region groups", dropped.databases, dropped.regions.size());
    cleanUpDataNodes(dropped);
  }

  private record Dropped(
      List<String> databases, List<TRegionReplicaSet> regions, List<TDataNodeLocation> nodes) {}

  private static Dropped dropped(ClusterStateView v, List<PathPattern> patterns) {
    List<String> dbs = new ArrayList<>();
    for (TDatabaseRecord d : v.databases()) {
      if (matchesAny(patterns, d.getName())) {
        dbs.add(d.getName());
      }
    }
    List<TRegionReplicaSet> regions = new ArrayList<>();
    for (RegionGroup g : v.regionGroups()) {
      if (dbs.contains(g.database())) {
        regions.add(Replicas.replicaSet(v, g));
      }
    }
    List<TDataNodeLocation> nodes = new ArrayList<>();
    v.dataNodes().forEach(n -> nodes.add(n.getLocation().deepCopy()));
    return new Dropped(dbs, regions, nodes);
  }

  private void cleanUpDataNodes(Dropped dropped) {
    List<CompletableFuture<Void>> calls = new ArrayList<>();
    for (TDataNodeLocation node : dropped.nodes) {
      if (reachable(node)) {
        calls.add(bestEffort(() -> ctx.dataNodes().invalidateCaches(node, dropped.databases)));
      }
    }
    for (TRegionReplicaSet set : dropped.regions) {
      for (TDataNodeLocation node : set.getDataNodeLocations()) {
        if (reachable(node)) {
          calls.add(bestEffort(() -> ctx.dataNodes().deleteRegion(node, set.getRegionId())));
        }
      }
    }
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
  }

  /** Unknown nodes are skipped; they learn their regions when they register again. */
  private boolean reachable(TDataNodeLocation node) {
    return ctx.statuses().status(node.getDataNodeId()) != NodeStatus.UNKNOWN;
  }

  private CompletableFuture<Void> bestEffort(Runnable call) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            call.run();
          } catch (StrataException e) {
            LOG.warn("{}; the DataNode cleans up when it registers again", e.getMessage());
          }
        },
        ctx.regionOps());
  }
}
