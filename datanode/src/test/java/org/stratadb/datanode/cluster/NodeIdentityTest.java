package org.stratadb.datanode.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

class NodeIdentityTest {
  @TempDir Path dir;

  @Test
  void freshNodeHasNoIdentityAndKeepsTheStoredOne() {
    NodeIdentity identity = new NodeIdentity(dir.resolve("system"));
    assertTrue(identity.nodeId().isEmpty());
    assertTrue(identity.clusterName().isEmpty());
    identity.store(7, "defaultCluster");
    NodeIdentity reread = new NodeIdentity(dir.resolve("system"));
    assertEquals(Optional.of(7), reread.nodeId());
    assertEquals(Optional.of("defaultCluster"), reread.clusterName());
  }

  @Test
  void corruptIdIsAStartUpError() throws Exception {
    Files.writeString(dir.resolve(NodeIdentity.FILE_NAME), "data_node_id=seven\n");
    StrataException e = assertThrows(StrataException.class, () -> new NodeIdentity(dir).nodeId());
    assertEquals(StatusCode.START_UP_ERROR, e.statusCode());
    assertTrue(e.getMessage().contains("seven"), e.getMessage());
  }
}
