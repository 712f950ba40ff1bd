package org.stratadb.datanode.conf;

import org.junit.jupiter.api.Test;
import org.stratadb.commons.testing.ShippedConfFiles;

class CommonConfFileTest {

  @Test
  void shippedCommonFileMatchesTheClusterAndStorageKeys() throws Exception {
    ShippedConfFiles.assertInStep(CommonConfFile.SPEC);
  }
}
