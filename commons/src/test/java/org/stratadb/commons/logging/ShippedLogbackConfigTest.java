package org.stratadb.commons.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Loads each shipped logback file into a private context, the way a node process does at start, and
 * checks that it parses cleanly and writes its files into IOTDB_LOG_DIR.
 */
class ShippedLogbackConfigTest {

  @TempDir Path logDir;

  @ParameterizedTest
  @ValueSource(strings = {"confignode", "datanode"})
  void shippedConfigWritesRollingFilesUnderLogDir(String role) throws Exception {
    Path config = Path.of(System.getProperty("stratadb.root"), "conf", "logback-" + role + ".xml");
    LoggerContext context = new LoggerContext();
    // A private context has no MDC adapter until given one; the global one gets it from SLF4J.
    context.setMDCAdapter(new LogbackMDCAdapter());
    context.putProperty("IOTDB_LOG_DIR", logDir.toString());
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(config.toFile());

    List<Status> problems =
        context.getStatusManager().getCopyOfStatusList().stream()
            .filter(s -> s.getLevel() >= Status.WARN)
            .collect(Collectors.toList());
    assertEquals(List.of(), problems, "logback reported problems for " + config);

    Logger logger = context.getLogger("org.stratadb.test");
    logger.info("node started with id {}", 7);
    logger.warn("heartbeat lost from node {}", 3);
    context.stop();

    String all = Files.readString(logDir.resolve("log_" + role + "_all.log"));
    String warn = Files.readString(logDir.resolve("log_" + role + "_warn.log"));
    assertTrue(all.contains("node started with id 7"), all);
    assertTrue(all.contains("heartbeat lost from node 3"), all);
    assertTrue(warn.contains("heartbeat lost from node 3"), warn);
    assertFalse(warn.contains("node started"), "INFO must not reach the warn file: " + warn);
  }
}
