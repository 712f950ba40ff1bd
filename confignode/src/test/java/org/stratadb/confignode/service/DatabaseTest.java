package org.stratadb.confignode.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.thrift.TException;
import org.junit.jupiter.api.Test;
import org.stratadb.protocol.confignode.TDatabaseInfo;
import org.stratadb.protocol.confignode.TDatabaseSchema;
import org.stratadb.protocol.confignode.TDeleteDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesReq;
import org.stratadb.protocol.confignode.TGetDatabasesResp;

class DatabaseTest extends SingleConfigNodeTest {

  private List<String> databases(String... patterns) throws TException {
    TGetDatabasesResp resp = client.rpc.getDatabases(new TGetDatabasesReq(List.of(patterns)));
    assertStatus(200, resp.getStatus());
    return resp.getDatabases().stream().map(TDatabaseInfo::getName).toList();
  }

  @Test
  void createValidatesLikeIoTDB() throws TException {
    start(Map.of());
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg")));
    var exists = client.rpc.setDatabase(new TDatabaseSchema("root.sg"));
    assertStatus(501, exists);
    assertEquals("root.sg has already been created as database", exists.getMessage());
    var child = client.rpc.setDatabase(new TDatabaseSchema("root.sg.a"));
    assertStatus(501, child);
    assertEquals("root.sg has already been created as database", child.getMessage());
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.ln.wf01")));
    var parent = client.rpc.setDatabase(new TDatabaseSchema("root.ln"));
    assertEquals(
        "some children of root.ln have already been created as database", parent.getMessage());

    assertStatus(509, client.rpc.setDatabase(new TDatabaseSchema("root")));
    assertStatus(509, client.rpc.setDatabase(new TDatabaseSchema("root.*")));
    assertStatus(509, client.rpc.setDatabase(new TDatabaseSchema("root.a*b")));
    assertStatus(509, client.rpc.setDatabase(new TDatabaseSchema("sg.x")));
    assertStatus(509, client.rpc.setDatabase(new TDatabaseSchema("root..x")));
    assertStatus(525, client.rpc.setDatabase(new TDatabaseSchema("root.t").setTtl(-1)));
    assertEquals(List.of("root.ln.wf01", "root.sg"), databases());
  }

  @Test
  void unsetSettingsTakeTheClusterDefaults() throws TException {
    start(Map.of("schema_replication_factor", "1", "time_partition_interval", "86400000"));
    assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema("root.sg").setTtl(3600_000L)));
    TDatabaseInfo info =
        client.rpc.getDatabases(new TGetDatabasesReq(List.of())).getDatabases().get(0);
    assertEquals(3600_000L, info.getTtl());
    assertEquals(86_400_000L, info.getTimePartitionInterval());
    assertEquals(1, info.getDataReplicationFactor());
    assertEquals(0, info.getDataRegionNum());
  }

  @Test
  void patternsSelectDatabases() throws TException {
    start(Map.of());
    for (String db : List.of("root.a", "root.b.c", "root.b.d")) {
      assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema(db)));
    }
    assertEquals(List.of("root.a", "root.b.c", "root.b.d"), databases("root.**"));
    assertEquals(List.of("root.b.c", "root.b.d"), databases("root.b.*"));
    assertEquals(List.of("root.a"), databases("root.a", "root.x"));
  }

  @Test
  void deletingDropsMatchesAndRefusesWhenNoneMatches() throws TException {
    start(Map.of());
    for (String db : List.of("root.a", "root.b.c", "root.b.d")) {
      assertStatus(200, client.rpc.setDatabase(new TDatabaseSchema(db)));
    }
    assertStatus(200, client.rpc.deleteDatabases(new TDeleteDatabasesReq(List.of("root.b.*"))));
    assertEquals(List.of("root.a"), databases());
    var none = client.rpc.deleteDatabases(new TDeleteDatabasesReq(List.of("root.zz")));
    assertStatus(508, none);
    assertEquals("Path [root.zz] does not exist", none.getMessage());
  }
}
