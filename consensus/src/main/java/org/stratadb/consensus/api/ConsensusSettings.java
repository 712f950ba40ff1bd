package org.stratadb.consensus.api;

import java.nio.file.Path;
import java.time.Duration;
import org.stratadb.commons.net.HostPort;

/**
 * What a consensus instance is built with: the local node, the address its consensus service
 * listens on (unused by SimpleConsensus), the directory holding one sub-directory per group, and
 * the snapshot cadence.
 *
 * @param snapshotEveryEntries take a snapshot after this many applied entries (replicated kinds)
 * @param requestTimeout bound on a single write or membership change
 */
public record ConsensusSettings(
    int nodeId,
    HostPort endpoint,
    Path storageDir,
    long snapshotEveryEntries,
    Duration requestTimeout) {

  public ConsensusSettings {
    if (nodeId < 0) {
      throw new IllegalArgumentException("node id must not be negative: " + nodeId);
    }
    if (endpoint == null || storageDir == null || requestTimeout == null) {
      throw new IllegalArgumentException("endpoint, storage dir and timeout are required");
    }
    if (snapshotEveryEntries < 1) {
      throw new IllegalArgumentException("snapshot interval must be positive");
    }
  }
}
