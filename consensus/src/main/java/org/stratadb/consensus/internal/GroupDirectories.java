package org.stratadb.consensus.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.Peer;

/**
 * The per-group directories under a consensus storage directory: {@code <storageDir>/<group display
 * name>/peers}. Every implementation keeps one per local peer so that start() knows which groups to
 * recover.
 */
public final class GroupDirectories {
  private static final Logger LOG = LoggerFactory.getLogger(GroupDirectories.class);

  private GroupDirectories() {}

  public static Path dirOf(Path storageDir, ConsensusGroupId group) {
    return storageDir.resolve(group.displayName());
  }

  /** Creates the group's directory and writes its membership. */
  public static void create(Path storageDir, ConsensusGroupId group, List<Peer> peers)
      throws IOException {
    Path dir = dirOf(storageDir, group);
    Files.createDirectories(dir);
    PeerListFile.write(dir, group, peers);
  }

  /**
   * Finds every group directory with a readable peer list. A group directory without a peers file
   * is what a crash in the middle of create leaves: it is removed with a warning. A damaged peers
   * file fails the scan, since guessing a membership could split a group.
   */
  public static Map<ConsensusGroupId, List<Peer>> scan(Path storageDir) throws IOException {
    Map<ConsensusGroupId, List<Peer>> groups = new LinkedHashMap<>();
    if (!Files.isDirectory(storageDir)) {
      return groups;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(storageDir, Files::isDirectory)) {
      for (Path dir : dirs) {
        ConsensusGroupId group;
        try {
          group = ConsensusGroupId.parse(dir.getFileName().toString());
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (!Files.exists(dir.resolve(PeerListFile.FILE_NAME))) {
          LOG.warn("Removing {}: it has no peer list (left by an interrupted create)", dir);
          FileSupport.deleteRecursively(dir);
          continue;
        }
        PeerListFile.Contents contents = PeerListFile.read(dir);
        if (!contents.group().equals(group)) {
          throw new IOException(dir + " holds the peer list of " + contents.group());
        }
        groups.put(group, contents.peers());
      }
    }
    return groups;
  }
}
