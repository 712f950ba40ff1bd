package org.stratadb.confignode;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.stratadb.protocol.cluster.TNodeVersionInfo;

/** The version and build of this ConfigNode, as SHOW CLUSTER prints them. */
public final class NodeVersion {
  private static final String RESOURCE = "version.properties";

  private NodeVersion() {}

  public static TNodeVersionInfo info() {
    Properties p = new Properties();
    try (InputStream in = NodeVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall back to UNKNOWN below
    }
    return new TNodeVersionInfo(value(p.getProperty("version")), value(p.getProperty("build")));
  }

  private static String value(String v) {
    return v == null || v.isBlank() || v.startsWith("${") ? "UNKNOWN" : v;
  }
}
