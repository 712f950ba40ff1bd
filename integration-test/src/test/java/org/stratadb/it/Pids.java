package org.stratadb.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/** Process ids: liveness (zombies count as dead), signals by pid, pid files. */
public final class Pids {
  private Pids() {}

  /**
   * Whether {@code pid} is a live process. A zombie is not: nodes started in the background are
   * re-parented, and where the re-parenting process never reaps them they stay zombies.
   */
  public static boolean isAlive(long pid) {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (Files.isDirectory(stat.getParent())) {
      try {
        String text = Files.readString(stat);
        int end = text.lastIndexOf(')');
        char state = end + 2 < text.length() ? text.charAt(end + 2) : 'X';
        return state != 'Z' && state != 'X';
      } catch (NoSuchFileException e) {
        return false;
      } catch (IOException e) {
        // fall back to the JDK's view
      }
    }
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  /** The command line of {@code pid}, or "" when it is gone. */
  public static String commandLine(long pid) {
    Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
    try {
      return Files.readString(cmdline).replace('\0', ' ').strip();
    } catch (IOException e) {
      return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine()).orElse("");
    }
  }

  /** Waits until {@code pid} is dead; true if it died within {@code timeout}. */
  public static boolean awaitDeath(long pid, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (isAlive(pid)) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      sleep(50);
    }
    return true;
  }

  /** Sends SIGTERM to {@code pid}. */
  public static void terminate(long pid) {
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
  }

  /** Sends SIGKILL to {@code pid}. */
  public static void kill(long pid) {
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
  }

  /** The pid in {@code pidFile}, if the file exists and holds a number. */
  public static OptionalLong read(Path pidFile) {
    try {
      String text = Files.readString(pidFile).strip();
      return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
