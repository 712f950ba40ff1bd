package org.stratadb.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AllocationProbeTest {

  @Test
  void threadGroupsDropTrailingNumbers() {
    assertEquals("client-rpc-worker", AllocationProbe.groupName("client-rpc-worker-3"));
    assertEquals("nioEventLoopGroup", AllocationProbe.groupName("nioEventLoopGroup-3-12"));
    assertEquals("storage-flush", AllocationProbe.groupName("storage-flush"));
    assertEquals("pool-worker", AllocationProbe.groupName("pool-worker#2"));
    assertEquals("42", AllocationProbe.groupName("42"));
    assertEquals("?", AllocationProbe.groupName(null));
  }
}
