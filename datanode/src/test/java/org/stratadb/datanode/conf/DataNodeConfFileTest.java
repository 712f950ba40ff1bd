package org.stratadb.datanode.conf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.config.ConfigLoader;
import org.stratadb.commons.config.ConfigValues;
import org.stratadb.commons.testing.LogCapture;
import org.stratadb.commons.testing.ShippedConfFiles;

class DataNodeConfFileTest {

  @Test
  void shippedDataNodeFileMatchesTheDeclaredKeys() throws Exception {
    ShippedConfFiles.assertInStep(DataNodeConfigKeys.FILE);
  }

  @Test
  void shippedConfDirectoryLoadsCleanlyToTheDefaults(@TempDir Path home) {
    try (LogCapture log = LogCapture.of(ConfigLoader.class)) {
      DataNodeConfig config = DataNodeConfig.load(ShippedConfFiles.confDir(), home);
      assertEquals(List.of(), log.messages(Level.WARN));
      ConfigValues defaults = ConfigValues.defaults(DataNodeConfig.keys(), home);
      for (var key : DataNodeConfig.keys()) {
        assertEquals(defaults.text(key), config.values().text(key), key.name());
      }
    }
  }
}
