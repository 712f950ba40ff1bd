package org.stratadb.consensus.ratis;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotInfo;
import org.apache.ratis.statemachine.SnapshotRetentionPolicy;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.impl.FileListSnapshotInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.consensus.internal.FileSupport;

/**
 * The snapshots of one group, in the group's Ratis state-machine directory ({@code sm/}):
 *
 * <pre>
 * sm/snapshot-&lt;term&gt;-&lt;index&gt;/snapshot.meta   what the snapshot covers and holds
 * sm/snapshot-&lt;term&gt;-&lt;index&gt;/state/...       what IStateMachine.takeSnapshot wrote
 * </pre>
 *
 * A snapshot is written under a {@code .tmp} name, forced, and renamed into place, so a directory
 * with the final name is complete. Ratis copies the listed files to a follower that is too far
 * behind and replaces the follower's whole {@code sm/} with them (adding an {@code .md5} file
 * beside each, which {@link #loadLatest} removes).
 */
final class SnapshotStore implements StateMachineStorage {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);

  static final String META = "snapshot.meta";
  static final String STATE = "state";
  private static final String TMP_SUFFIX = ".tmp";
  private static final String MD5_SUFFIX = ".md5";
  private static final Pattern NAME = Pattern.compile("snapshot-(\\d{1,19})-(\\d{1,19})");

  /** A snapshot on disk: its directory and what it holds. */
  record Snapshot(Path dir, SnapshotMeta meta) {
    Path stateDir() {
      return dir.resolve(STATE);
    }
  }

  private volatile Path dir;
  private volatile FileListSnapshotInfo latest;

  @Override
  public void init(RaftStorage storage) throws IOException {
    dir = storage.getStorageDir().getStateMachineDir().toPath();
    Files.createDirectories(dir);
  }

  @Override
  public SnapshotInfo getLatestSnapshot() {
    return latest;
  }

  @Override
  public void format() {}

  @Override
  public void cleanupOldSnapshots(SnapshotRetentionPolicy policy) throws IOException {
    prune();
  }

  @Override
  public File getSnapshotDir() {
    return dir.toFile();
  }

  /**
   * Finds the newest snapshot, checks it against its meta file and makes it the latest.
   *
   * @return null if there is no snapshot
   * @throws IOException if the newest snapshot is damaged: an older one cannot stand in, since the
   *     log before the newest one may be gone
   */
  Snapshot loadLatest() throws IOException {
    List<Path> all = complete();
    if (all.isEmpty()) {
      latest = null;
      return null;
    }
    Path snap = all.get(0);
    SnapshotMeta meta;
    try {
      meta = SnapshotMeta.decode(Files.readAllBytes(snap.resolve(META)));
    } catch (IOException e) {
      throw new IOException("snapshot " + snap + " is damaged: " + e.getMessage(), e);
    }
    Matcher m = NAME.matcher(snap.getFileName().toString());
    if (!m.matches()
        || Long.parseLong(m.group(1)) != meta.term()
        || Long.parseLong(m.group(2)) != meta.index()) {
      throw new IOException("snapshot " + snap + " is damaged: its meta file names another one");
    }
    removeChecksumFiles(snap, meta);
    Path state = snap.resolve(STATE);
    Files.createDirectories(state);
    for (String d : meta.dirs()) {
      Files.createDirectories(state.resolve(d));
    }
    for (SnapshotMeta.FileEntry f : meta.files()) {
      Path p = state.resolve(f.path());
      if (!Files.isRegularFile(p) || Files.size(p) != f.size()) {
        throw new IOException(
            "snapshot " + snap + " is damaged: " + f.path() + " is missing or cut");
      }
    }
    latest = info(snap, meta);
    return new Snapshot(snap, meta);
  }

  /**
   * Writes a snapshot covering {@code term}/{@code index}: {@code writer} fills the state
   * directory; if it returns false nothing is kept.
   */
  boolean take(long term, long index, Predicate<Path> writer) throws IOException {
    String name = "snapshot-" + term + "-" + index;
    Path tmp = dir.resolve(name + TMP_SUFFIX);
    FileSupport.deleteRecursively(tmp);
    Path state = tmp.resolve(STATE);
    Files.createDirectories(state);
    boolean done = false;
    try {
      if (!writer.test(state)) {
        return false;
      }
      SnapshotMeta meta = describe(term, index, state);
      Path metaFile = tmp.resolve(META);
      Files.write(metaFile, meta.encode());
      FileSupport.forceFile(metaFile);
      FileSupport.forceDirectory(tmp);
      Path fin = dir.resolve(name);
      FileSupport.deleteRecursively(fin);
      Files.move(tmp, fin, StandardCopyOption.ATOMIC_MOVE);
      FileSupport.forceDirectory(dir);
      latest = info(fin, meta);
      done = true;
    } finally {
      if (!done) {
        FileSupport.deleteRecursively(tmp);
      }
    }
    prune();
    return true;
  }

  /** Lists the state directory, forcing every file and directory in it to disk. */
  private static SnapshotMeta describe(long term, long index, Path state) throws IOException {
    List<String> dirs = new ArrayList<>();
    List<SnapshotMeta.FileEntry> files = new ArrayList<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(state)) {
      paths = walk.sorted().toList();
    }
    for (Path p : paths) {
      String rel = state.relativize(p).toString().replace(File.separatorChar, '/');
      if (Files.isDirectory(p)) {
        FileSupport.forceDirectory(p);
        if (!rel.isEmpty()) {
          dirs.add(rel);
        }
      } else if (Files.isRegularFile(p)) {
        FileSupport.forceFile(p);
        files.add(new SnapshotMeta.FileEntry(rel, Files.size(p)));
      } else {
        throw new IOException("a snapshot may hold only files and directories: " + p);
      }
    }
    return new SnapshotMeta(term, index, dirs, files);
  }

  private static FileListSnapshotInfo info(Path snap, SnapshotMeta meta) {
    List<FileInfo> files = new ArrayList<>();
    files.add(new FileInfo(snap.resolve(META).toAbsolutePath(), null));
    for (SnapshotMeta.FileEntry f : meta.files()) {
      files.add(new FileInfo(snap.resolve(STATE).resolve(f.path()).toAbsolutePath(), null));
    }
    return new FileListSnapshotInfo(files, TermIndex.valueOf(meta.term(), meta.index()));
  }

  /** Deletes the {@code .md5} files that a snapshot copy from the leader leaves beside ours. */
  private static void removeChecksumFiles(Path snap, SnapshotMeta meta) throws IOException {
    Set<Path> listed = new HashSet<>();
    listed.add(snap.resolve(META));
    for (SnapshotMeta.FileEntry f : meta.files()) {
      listed.add(snap.resolve(STATE).resolve(f.path()));
    }
    List<Path> strays;
    try (Stream<Path> walk = Files.walk(snap)) {
      strays =
          walk.filter(Files::isRegularFile)
              .filter(p -> !listed.contains(p))
              .filter(p -> p.getFileName().toString().endsWith(MD5_SUFFIX))
              .toList();
    }
    for (Path p : strays) {
      String name = p.getFileName().toString();
      Path base = p.resolveSibling(name.substring(0, name.length() - MD5_SUFFIX.length()));
      if (listed.contains(base)) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Complete snapshot directories, newest first. */
  private List<Path> complete() throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path p : ds) {
        if (NAME.matcher(p.getFileName().toString()).matches()) {
          found.add(p);
        }
      }
    }
    found.sort(Comparator.comparing(SnapshotStore::order).reversed());
    return found;
  }

  /** Orders by index, then term. */
  private static String order(Path snap) {
    Matcher m = NAME.matcher(snap.getFileName().toString());
    if (!m.matches()) {
      return "";
    }
    return String.format("%019d-%019d", Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
  }

  /** Keeps the newest snapshots and removes the rest, and any unfinished one. */
  private void prune() throws IOException {
    List<Path> all = complete();
    for (int i = RatisProperties.SNAPSHOTS_RETAINED; i < all.size(); i++) {
      FileSupport.deleteRecursively(all.get(i));
      LOG.debug("Removed old snapshot {}", all.get(i));
    }
    try (DirectoryStream<Path> ds =
        Files.newDirectoryStream(dir, p -> p.getFileName().toString().endsWith(TMP_SUFFIX))) {
      for (Path p : ds) {
        FileSupport.deleteRecursively(p);
      }
    }
  }
}
