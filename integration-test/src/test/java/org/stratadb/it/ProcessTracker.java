package org.stratadb.it;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every process a test started, by pid, so that the harness stops each of them afterwards: SIGTERM,
 * then SIGKILL after a bound. A pid is remembered with its start time, so that a number the system
 * has since given to another process is never signalled.
 */
final class ProcessTracker {
  private final Map<Long, Tracked> processes = new LinkedHashMap<>();

  /** Remembers {@code pid} (described by {@code label}) unless it is already tracked or gone. */
  synchronized void track(long pid, String label) {
    if (processes.containsKey(pid) || !Pids.isAlive(pid)) {
      return;
    }
    Optional<Instant> start = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
    processes.put(pid, new Tracked(pid, label, start));
  }

  /**
   * Stops every tracked process that still runs: SIGTERM to all, then SIGKILL to those alive after
   * {@code grace}.
   *
   * @return one line for each process that had to be killed or would not die
   */
  synchronized List<String> stopAll(Duration grace) {
    List<Tracked> alive = processes.values().stream().filter(Tracked::isSameAndAlive).toList();
    alive.forEach(t -> Pids.terminate(t.pid));
    long deadline = System.nanoTime() + grace.toNanos();
    List<String> notes = new ArrayList<>();
    for (Tracked t : alive) {
      long left = Math.max(0, deadline - System.nanoTime());
      if (Pids.awaitDeath(t.pid, Duration.ofNanos(left))) {
        continue;
      }
      Pids.kill(t.pid);
      boolean died = Pids.awaitDeath(t.pid, Duration.ofSeconds(10));
      notes.add(
          t.label
              + " (pid "
              + t.pid
              + ") ignored SIGTERM for "
              + grace.toSeconds()
              + " s"
              + (died ? " and was killed" : " and survived SIGKILL"));
    }
    processes.clear();
    return notes;
  }

  private record Tracked(long pid, String label, Optional<Instant> start) {
    boolean isSameAndAlive() {
      if (!Pids.isAlive(pid)) {
        return false;
      }
      Optional<Instant> now = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
      return start.isEmpty() || now.isEmpty() || start.equals(now);
    }
  }
}
