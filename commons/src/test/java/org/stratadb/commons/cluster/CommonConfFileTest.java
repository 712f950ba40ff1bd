package org.stratadb.commons.cluster;

import org.junit.jupiter.api.Test;
import org.stratadb.commons.testing.ShippedConfFiles;

class CommonConfFileTest {

  @Test
  void shippedCommonFileMatchesTheDeclaredKeys() throws Exception {
    ShippedConfFiles.assertInStep(ClusterConfigKeys.COMMON_FILE);
  }
}
