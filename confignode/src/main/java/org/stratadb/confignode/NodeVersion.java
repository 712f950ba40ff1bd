package org.stratadb.confignode;

import org.stratadb.commons.StrataVersion;
import org.stratadb.protocol.cluster.TNodeVersionInfo;

/** The version and build this ConfigNode reports in SHOW CLUSTER, the same as every node's. */
public final class NodeVersion {
  private NodeVersion() {}

  public static TNodeVersionInfo info() {
    return new TNodeVersionInfo(StrataVersion.version(), StrataVersion.buildInfo());
  }
}
