package org.stratadb.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.stratadb.session.testing.FakeServer;

class SessionPoolTest {

  @Test
  void reusesSessionsAcrossThreadsWithinTheBound() throws Exception {
    try (FakeServer server = FakeServer.start();
        SessionPool pool = new SessionPool(Session.builder().port(server.port()), 3, 10_000)) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(
            threads.submit(
                () -> {
                  Tablet t = new Tablet("root.sg.d" + n, List.of("v"), List.of(TSDataType.INT32));
                  t.setInt(0, t.addRow(n), n);
                  pool.insertTablet(t);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
      threads.shutdown();
      assertEquals(40, server.calls("insertTablet").size());
      assertTrue(server.calls("openSession").size() <= 3, "at most 3 logins");
      assertTrue(pool.size() <= 3);
    }
  }

  @Test
  void failsWhenNoSessionFreesUpInTime() throws Exception {
    try (FakeServer server = FakeServer.start();
        SessionPool pool = new SessionPool(Session.builder().port(server.port()), 1, 100)) {
      CountDownLatch holding = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread holder =
          new Thread(
              () -> {
                try {
                  pool.execute(
                      s -> {
                        holding.countDown();
                        try {
                          release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return null;
                      });
                } catch (SessionException | RuntimeException e) {
                  throw new IllegalStateException(e);
                }
              });
      holder.start();
      assertTrue(holding.await(10, TimeUnit.SECONDS));
      ConnectionException e =
          assertThrows(ConnectionException.class, () -> pool.executeNonQueryStatement("flush"));
      assertTrue(e.getMessage().contains("no free session"), e.getMessage());
      release.countDown();
      holder.join(10_000);
      pool.executeNonQueryStatement("flush");
    }
  }

  @Test
  void brokenSessionsAreReplaced() throws Exception {
    try (FakeServer server = FakeServer.start();
        SessionPool pool = new SessionPool(Session.builder().port(server.port()), 1, 1000)) {
      assertThrows(
          ConnectionException.class,
          () ->
              pool.execute(
                  s -> {
                    throw new ConnectionException("lost");
                  }));
      assertEquals(0, pool.size());
      pool.executeNonQueryStatement("flush");
      assertEquals(2, server.calls("openSession").size());
    }
  }
}
