package org.stratadb.datanode.rpc.client;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every Session scenario again, with the client on its own libthrift 0.14.1 as users run it. */
class IsolatedIotdbSessionCompatTest extends IotdbSessionCompatTest {
  private static IsolatedIotdbClients clients;
  private ClassLoader previous;

  @BeforeAll
  static void openClients() {
    clients = IsolatedIotdbClients.create();
  }

  @AfterAll
  static void closeClients() throws IOException {
    clients.close();
  }

  @BeforeEach
  void useIsolatedClients() {
    previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(clients);
  }

  @AfterEach
  void restoreClassLoader() {
    Thread.currentThread().setContextClassLoader(previous);
  }

  @Test
  void theClientRunsOnLibthrift014() {
    Class<?> thrift = Reflect.load("org.apache.thrift.TServiceClient");
    Class<?> session = Reflect.load("org.apache.iotdb.session.Session");

    assertSame(clients, thrift.getClassLoader());
    assertSame(clients, session.getClassLoader());
    assertTrue(
        thrift.getProtectionDomain().getCodeSource().getLocation().getPath().contains("0.14.1"));
  }
}
