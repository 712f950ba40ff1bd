package org.stratadb.datanode.rpc.client;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** Every JDBC scenario again, with the driver on its own libthrift 0.14.1 as users run it. */
class IsolatedIotdbJdbcCompatTest extends IotdbJdbcCompatTest {
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
}
