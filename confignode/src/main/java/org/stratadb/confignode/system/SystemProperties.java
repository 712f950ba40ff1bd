package org.stratadb.confignode.system;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.stratadb.commons.net.HostPort;
import org.stratadb.confignode.ConfigNodeStartupException;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.confignode.service.ClusterParameters;
import org.stratadb.protocol.cluster.TClusterParameters;
import org.stratadb.protocol.cluster.TConfigNodeLocation;

/**
 * What a ConfigNode remembers about itself across restarts, in {@code confignode-system.properties}
 * under cn_system_dir: its node id, whether it has joined the group, the group's members when it
 * last looked, and the cluster settings it was created or joined with. Written atomically (a
 * temporary file renamed over the old one).
 *
 * @param members the ConfigNodes of the group as this node last knew them, itself included
 */
public record SystemProperties(
    int nodeId, boolean joined, List<TConfigNodeLocation> members, TClusterParameters parameters) {

  public static final String FILE = "confignode-system.properties";

  private static final String NODE_ID = "config_node_id";
  private static final String JOINED = "joined_cluster";
  private static final String MEMBERS = "config_node_list";

  public SystemProperties {
    members = List.copyOf(members);
  }

  public SystemProperties joined(List<TConfigNodeLocation> newMembers) {
    return new SystemProperties(nodeId, true, newMembers, parameters);
  }

  /**
   * The file in {@code systemDir}, if there is one.
   *
   * @throws ConfigNodeStartupException if it exists but cannot be read
   */
  public static Optional<SystemProperties> load(Path systemDir) {
    Path file = systemDir.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      return Optional.of(parse(p));
    } catch (IOException | RuntimeException e) {
      throw new ConfigNodeStartupException(
          file + " is unreadable (" + e.getMessage() + "); restore it or clean the ConfigNode");
    }
  }

  private static SystemProperties parse(Properties p) {
    List<TConfigNodeLocation> members = new ArrayList<>();
    String list = p.getProperty(MEMBERS, "").strip();
    if (!list.isEmpty()) {
      for (String entry : list.split(",")) {
        String[] parts = entry.strip().split("@");
        members.add(
            new TConfigNodeLocation(
                Integer.parseInt(parts[0]),
                Endpoints.of(HostPort.parse(parts[1])),
                Endpoints.of(HostPort.parse(parts[2]))));
      }
    }
    TClusterParameters params =
        new TClusterParameters(
            required(p, "cluster_name"),
            required(p, "config_node_consensus_protocol_class"),
            required(p, "schema_region_consensus_protocol_class"),
            required(p, "data_region_consensus_protocol_class"),
            Integer.parseInt(required(p, "schema_replication_factor")),
            Integer.parseInt(required(p, "data_replication_factor")),
            Integer.parseInt(required(p, "series_slot_num")),
            required(p, "series_partition_executor_class"),
            Long.parseLong(required(p, "time_partition_interval")),
            required(p, "timestamp_precision"));
    return new SystemProperties(
        Integer.parseInt(required(p, NODE_ID)),
        Boolean.parseBoolean(required(p, JOINED)),
        members,
        params);
  }

  private static String required(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException(key + " is missing");
    }
    return v.strip();
  }

  /** Writes the file into {@code systemDir}, replacing the old one at once. */
  public void store(Path systemDir) {
    Properties p = new Properties();
    p.setProperty(NODE_ID, Integer.toString(nodeId));
    p.setProperty(JOINED, Boolean.toString(joined));
    List<String> list = new ArrayList<>();
    for (TConfigNodeLocation m : members) {
      list.add(
          m.getConfigNodeId()
              + "@"
              + Endpoints.text(m.getInternalEndPoint())
              + "@"
              + Endpoints.text(m.getConsensusEndPoint()));
    }
    p.setProperty(MEMBERS, String.join(",", list));
    ClusterParameters.toText(parameters).forEach(p::setProperty);
    Path file = systemDir.resolve(FILE);
    Path tmp = systemDir.resolve(FILE + ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "StrataDB ConfigNode identity; do not edit");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ConfigNodeStartupException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Refuses to start when a cluster-wide setting changed since this node first started.
   *
   * @throws ConfigNodeStartupException naming every changed setting
   */
  public void requireUnchanged(TClusterParameters configured) {
    ClusterParameters.difference(parameters, configured)
        .ifPresent(
            d -> {
              throw new ConfigNodeStartupException(
                  "cluster settings cannot change after the first start: "
                      + d.replace("in the cluster", "when this ConfigNode first started"));
            });
  }
}
