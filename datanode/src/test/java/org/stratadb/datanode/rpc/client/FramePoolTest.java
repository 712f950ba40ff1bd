package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class FramePoolTest {

  @Test
  void anEmptyPoolAllocatesOnlyTheMinimum() {
    FramePool pool = new FramePool();
    assertEquals(64, pool.take(1_000_000, 64).length);
  }

  @Test
  void takesTheSmallestBufferThatHoldsTheWholeFrame() {
    FramePool pool = new FramePool();
    byte[] small = new byte[100];
    byte[] medium = new byte[1000];
    byte[] large = new byte[5000];
    pool.give(large);
    pool.give(small);
    pool.give(medium);
    assertSame(medium, pool.take(900, 64));
    assertSame(large, pool.take(900, 64));
    assertSame(small, pool.take(900, 64), "else the largest that meets the minimum");
    assertEquals(0, pool.kept());
  }

  @Test
  void buffersBelowTheMinimumStay() {
    FramePool pool = new FramePool();
    byte[] small = new byte[10];
    pool.give(small);
    byte[] taken = pool.take(100, 50);
    assertNotSame(small, taken);
    assertEquals(50, taken.length);
    assertEquals(1, pool.kept());
  }

  @Test
  void keepsAtMostItsBounds() {
    FramePool pool = new FramePool();
    pool.give(new byte[FramePool.MAX_BUFFER_BYTES + 1]);
    pool.give(null);
    assertEquals(0, pool.kept());
    for (int i = 0; i < FramePool.MAX_KEPT + 5; i++) {
      pool.give(new byte[16]);
    }
    assertEquals(FramePool.MAX_KEPT, pool.kept());
    FramePool full = new FramePool();
    int buffers = (int) (FramePool.MAX_TOTAL_BYTES / FramePool.MAX_BUFFER_BYTES);
    for (int i = 0; i <= buffers; i++) {
      full.give(new byte[FramePool.MAX_BUFFER_BYTES]);
    }
    assertEquals(buffers, full.kept());
  }
}
