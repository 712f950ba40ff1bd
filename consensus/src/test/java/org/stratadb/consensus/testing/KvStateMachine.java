package org.stratadb.consensus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.stratadb.consensus.api.ConsensusGroupId;
import org.stratadb.consensus.api.IStateMachine;

/**
 * A small key-value state machine for consensus tests. Writes are text commands: {@code put k v}
 * (answers the previous value), {@code incr k} (answers the new count) and {@code fail} (throws).
 * Reads: {@code get k}, {@code size}. A snapshot is {@code kv.txt} plus an empty directory and a
 * nested file, which {@link #loadSnapshot} insists on finding again.
 *
 * <p>With a journal directory every applied write is also appended to a journal that {@link #start}
 * replays: the state machine then persists itself, as single-replica protocols need.
 */
public final class KvStateMachine implements IStateMachine {
  private final ConsensusGroupId group;
  private final Path journal;
  private final Map<String, String> data = new TreeMap<>();
  private final List<Boolean> leadership = new CopyOnWriteArrayList<>();
  private volatile int applied;
  private volatile int snapshotsTaken;
  private volatile int snapshotsLoaded;
  private volatile boolean started;
  private volatile boolean stopped;
  private volatile boolean declineSnapshots;

  KvStateMachine(ConsensusGroupId group, Path journalDir) {
    this.group = group;
    this.journal = journalDir == null ? null : journalDir.resolve("journal.log");
  }

  public static ByteBuffer bytes(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  public static String text(ByteBuffer b) {
    ByteBuffer d = b.duplicate();
    byte[] a = new byte[d.remaining()];
    d.get(a);
    return new String(a, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException(group + " started twice");
    }
    started = true;
    if (journal != null && Files.exists(journal)) {
      try {
        for (String line : Files.readAllLines(journal)) {
          execute(line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public synchronized void stop() {
    stopped = true;
  }

  @Override
  public synchronized ByteBuffer apply(ByteBuffer request) {
    if (!started || stopped) {
      throw new IllegalStateException(group + " applies while not running");
    }
    String cmd = text(request);
    String result = execute(cmd);
    applied++;
    if (journal != null) {
      try {
        Files.createDirectories(journal.getParent());
        Files.writeString(
            journal, cmd + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes(result);
  }

  private String execute(String cmd) {
    String[] w = cmd.split(" ");
    switch (w[0]) {
      case "put" -> {
        String prev = data.put(w[1], w[2]);
        return prev == null ? "" : prev;
      }
      case "incr" -> {
        String n = Long.toString(Long.parseLong(data.getOrDefault(w[1], "0")) + 1);
        data.put(w[1], n);
        return n;
      }
      case "fail" -> throw new IllegalStateException("asked to fail");
      default -> throw new IllegalArgumentException("unknown command " + cmd);
    }
  }

  @Override
  public synchronized ByteBuffer read(ByteBuffer query) {
    String[] w = text(query).split(" ");
    return switch (w[0]) {
      case "get" -> bytes(data.getOrDefault(w[1], ""));
      case "size" -> bytes(Integer.toString(data.size()));
      default -> throw new IllegalArgumentException("unknown query " + text(query));
    };
  }

  @Override
  public synchronized boolean takeSnapshot(Path snapshotDir) {
    if (declineSnapshots) {
      return false;
    }
    try {
      StringBuilder sb = new StringBuilder();
      data.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
      Files.writeString(snapshotDir.resolve("kv.txt"), sb);
      Files.createDirectories(snapshotDir.resolve("empty"));
      Files.createDirectories(snapshotDir.resolve("nested"));
      Files.writeString(snapshotDir.resolve("nested/info.txt"), group + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    snapshotsTaken++;
    return true;
  }

  @Override
  public synchronized void loadSnapshot(Path snapshotDir) {
    if (!Files.isDirectory(snapshotDir.resolve("empty"))
        || !Files.isRegularFile(snapshotDir.resolve("nested/info.txt"))) {
      throw new IllegalStateException("snapshot " + snapshotDir + " lost part of its tree");
    }
    try (var files = Files.list(snapshotDir)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      if (!names.equals(List.of("empty", "kv.txt", "nested"))) {
        throw new IllegalStateException("snapshot " + snapshotDir + " holds " + names);
      }
      data.clear();
      for (String line : Files.readAllLines(snapshotDir.resolve("kv.txt"))) {
        int eq = line.indexOf('=');
        data.put(line.substring(0, eq), line.substring(eq + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    snapshotsLoaded++;
  }

  @Override
  public void onLeadershipChange(boolean isLeader) {
    leadership.add(isLeader);
  }

  public int applied() {
    return applied;
  }

  public int snapshotsTaken() {
    return snapshotsTaken;
  }

  public int snapshotsLoaded() {
    return snapshotsLoaded;
  }

  public boolean stopped() {
    return stopped;
  }

  public List<Boolean> leadershipChanges() {
    return List.copyOf(leadership);
  }

  public void declineSnapshots(boolean decline) {
    declineSnapshots = decline;
  }
}
