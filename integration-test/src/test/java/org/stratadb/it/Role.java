package org.stratadb.it;

import java.nio.file.Path;
import java.util.List;

/** The two node roles, with the names that scripts, pid files and logs use. */
public enum Role {
  CONFIGNODE(
      "confignode",
      "ConfigNode",
      "org.stratadb.confignode.ConfigNodeMain",
      List.of("cn_internal_port", "cn_consensus_port")),
  DATANODE(
      "datanode",
      "DataNode",
      "org.stratadb.datanode.DataNodeMain",
      List.of(
          "dn_rpc_port",
          "dn_internal_port",
          "dn_mpp_data_exchange_port",
          "dn_schema_region_consensus_port",
          "dn_data_region_consensus_port"));

  private final String id;
  private final String displayName;
  private final String mainClass;
  private final List<String> portKeys;

  Role(String id, String displayName, String mainClass, List<String> portKeys) {
    this.id = id;
    this.displayName = displayName;
    this.mainClass = mainClass;
    this.portKeys = portKeys;
  }

  /** "confignode" or "datanode", as in script and file names. */
  public String id() {
    return id;
  }

  /** "ConfigNode" or "DataNode", as in messages and {@code show cluster}. */
  public String displayName() {
    return displayName;
  }

  public String mainClass() {
    return mainClass;
  }

  /** The configuration keys of this role's ports, the client port of a DataNode first. */
  public List<String> portKeys() {
    return portKeys;
  }

  public String startScript() {
    return "start-" + id + ".sh";
  }

  public String stopScript() {
    return "stop-" + id + ".sh";
  }

  public String destroyScript() {
    return "destroy-" + id + ".sh";
  }

  /** The pid file of a node home with the shipped directory layout. */
  public Path pidFile(Path home) {
    return home.resolve("data").resolve(id).resolve(id + ".pid");
  }

  /** The node's main log file (as logback-&lt;role&gt;.xml names it) in a log directory. */
  public Path logFile(Path logDir) {
    return logDir.resolve("log_" + id + "_all.log");
  }
}
