package org.stratadb.datanode.conf;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.cluster.ClusterConfigKeys;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.storage.config.StorageConfigKeys;

/**
 * The shipped {@code conf/iotdb-common.properties}: the cluster keys of commons followed by the
 * storage engine's. It is declared here because the DataNode is the one module that sees both, and
 * the one that checks every unprefixed key.
 */
public final class CommonConfFile {

  public static final ConfFileSpec SPEC = spec();

  private CommonConfFile() {}

  private static ConfFileSpec spec() {
    ConfFileSpec cluster = ClusterConfigKeys.COMMON_FILE;
    List<ConfFileSpec.Section> sections = new ArrayList<>(cluster.sections());
    sections.addAll(StorageConfigKeys.SECTIONS);
    sections.add(SchemaConfigKeys.SECTION);
    return new ConfFileSpec(
        cluster.fileName(), CommonConfFile.class.getName(), cluster.purpose(), sections);
  }
}
