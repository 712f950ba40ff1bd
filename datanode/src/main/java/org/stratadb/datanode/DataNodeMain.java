package org.stratadb.datanode;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StrataException;
import org.stratadb.datanode.conf.DataNodeConfig;

/**
 * The DataNode process. Reads {@code IOTDB_HOME} and {@code IOTDB_CONF} from system properties,
 * starts the node and runs until SIGTERM, when it stops gracefully (regions are flushed first).
 */
public final class DataNodeMain {
  private static final Logger LOG = LoggerFactory.getLogger(DataNodeMain.class);

  private DataNodeMain() {}

  public static void main(String[] args) {
    Path home = Path.of(System.getProperty("IOTDB_HOME", ".")).toAbsolutePath().normalize();
    Path conf = Path.of(System.getProperty("IOTDB_CONF", home.resolve("conf").toString()));
    DataNode node;
    try {
      node = new DataNode(DataNodeConfig.load(conf, home));
      node.start();
    } catch (StrataException e) {
      LOG.error("DataNode failed to start: {}", e.getMessage());
      System.err.println("DataNode failed to start: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    DataNode running = node;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.stop();
                  stopped.countDown();
                },
                "stratadb-datanode-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
