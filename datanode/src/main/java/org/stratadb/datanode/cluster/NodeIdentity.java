package org.stratadb.datanode.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;

/**
 * The identity a DataNode keeps across restarts: the node id the ConfigNode gave it and the name of
 * the cluster it joined, in {@code <dn_system_dir>/system.properties}. Written atomically, so a
 * crash leaves either the old or the new file.
 */
public final class NodeIdentity {
  static final String FILE_NAME = "system.properties";
  private static final String NODE_ID = "data_node_id";
  private static final String CLUSTER_NAME = "cluster_name";

  private final Path file;

  public NodeIdentity(Path systemDir) {
    this.file = systemDir.resolve(FILE_NAME);
  }

  /** The node id stored by an earlier run, if this node has registered before. */
  public Optional<Integer> nodeId() {
    Properties p = read();
    String id = p.getProperty(NODE_ID);
    return id == null ? Optional.empty() : Optional.of(parseId(id));
  }

  /** The cluster this node joined before, if any. */
  public Optional<String> clusterName() {
    return Optional.ofNullable(read().getProperty(CLUSTER_NAME));
  }

  /** Records the id and cluster; called once registration succeeded. */
  public void store(int nodeId, String clusterName) {
    Properties p = new Properties();
    p.setProperty(NODE_ID, Integer.toString(nodeId));
    p.setProperty(CLUSTER_NAME, clusterName);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        p.store(w, "DataNode identity; do not edit");
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new StrataException(
          StatusCode.START_UP_ERROR, "cannot write the node identity to " + file + ": " + e, e);
    }
  }

  private Properties read() {
    Properties p = new Properties();
    if (!Files.exists(file)) {
      return p;
    }
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
      return p;
    } catch (IOException e) {
      throw new StrataException(
          StatusCode.START_UP_ERROR, "cannot read the node identity in " + file + ": " + e, e);
    }
  }

  private int parseId(String id) {
    try {
      return Integer.parseInt(id.trim());
    } catch (NumberFormatException e) {
      throw new StrataException(
          StatusCode.START_UP_ERROR, file + " holds an invalid " + NODE_ID + ": " + id);
    }
  }
}
