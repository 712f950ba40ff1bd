package org.stratadb.confignode;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.config.ConfigException;
import org.stratadb.confignode.conf.ConfigNodeConfig;

/**
 * The ConfigNode process. Reads the system properties {@code IOTDB_HOME} (default: the working
 * directory) and {@code IOTDB_CONF} (default: {@code $IOTDB_HOME/conf}), starts one {@link
 * ConfigNode} and runs until SIGTERM, on which it stops gracefully and exits 0. A node that cannot
 * start prints one line to stderr and exits 1.
 */
public final class ConfigNodeMain {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNodeMain.class);

  private ConfigNodeMain() {}

  public static void main(String[] args) {
    Path home = Path.of(System.getProperty("IOTDB_HOME", "")).toAbsolutePath().normalize();
    String confProperty = System.getProperty("IOTDB_CONF");
    Path conf = confProperty == null ? home.resolve("conf") : home.resolve(confProperty);
    ConfigNode node;
    try {
      node = new ConfigNode(ConfigNodeConfig.load(conf, home));
      node.start();
    } catch (ConfigException | ConfigNodeStartupException e) {
      fail(e.getMessage(), null);
      return;
    } catch (RuntimeException e) {
      fail(e.toString(), e);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ConfigNode running = node;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("ConfigNode {} is stopping", running.nodeId());
                  running.stop();
                  stopped.countDown();
                  flushLogs();
                  // Exit 0 after a graceful stop instead of the JVM's 143 for SIGTERM.
                  Runtime.getRuntime().halt(0);
                },
                "cn-shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void fail(String message, Throwable cause) {
    if (cause != null) {
      LOG.error("ConfigNode failed to start", cause);
    } else {
      LOG.error("ConfigNode failed to start: {}", message);
    }
    System.err.println("ConfigNode failed to start: " + message);
    flushLogs();
    System.exit(1);
  }

  private static void flushLogs() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof ch.qos.logback.classic.LoggerContext logback) {
      logback.stop();
    }
  }
}
