package org.stratadb.confignode.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.stratadb.confignode.conf.ConfigNodeConfig;

/** ConfigNode configurations on free loopback ports and in a test's own directory. */
public final class TestConfigs {
  private TestConfigs() {}

  /**
   * A node under {@code home} on fresh ports, joining through {@code seedPort} (its own internal
   * port when {@code seedPort} is 0), with {@code extra} settings on top.
   */
  public static Map<String, String> properties(Path home, int seedPort, Map<String, String> extra) {
    int internal = Ports.free();
    Map<String, String> p = new HashMap<>();
    p.put("cn_internal_address", "127.0.0.1");
    p.put("cn_internal_port", Integer.toString(internal));
    p.put("cn_consensus_port", Integer.toString(Ports.free()));
    p.put("cn_seed_config_node", "127.0.0.1:" + (seedPort == 0 ? internal : seedPort));
    p.put("cn_system_dir", home.resolve("system").toString());
    p.put("cn_consensus_dir", home.resolve("consensus").toString());
    p.put("heartbeat_interval_in_ms", "100");
    p.putAll(extra);
    return p;
  }

  public static ConfigNodeConfig config(Path home, Map<String, String> properties) {
    return ConfigNodeConfig.fromProperties(properties, home);
  }

  public static ConfigNodeConfig seed(Path home, Map<String, String> extra) {
    return config(home, properties(home, 0, extra));
  }
}
