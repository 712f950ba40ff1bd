package org.stratadb.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A node process that a script started, known by the pid in its home's pid file. */
public final class NodeProcess {
  private final NodeHome home;
  private final Role role;
  private final long pid;
  private final Pattern readyLine;

  NodeProcess(NodeHome home, Role role, long pid) {
    this.home = home;
    this.role = role;
    this.pid = pid;
    this.readyLine = Pattern.compile("\\b" + role.displayName() + " (\\d+) is ready");
  }

  public NodeHome home() {
    return home;
  }

  public Role role() {
    return role;
  }

  public long pid() {
    return pid;
  }

  public boolean isAlive() {
    return Pids.isAlive(pid);
  }

  /** The port this node serves on {@code key} (a key this test set in its home). */
  public int port(String key) {
    return home.port(key);
  }

  /** The port a ConfigNode's peers and a DataNode's clients connect to. */
  public int mainPort() {
    return home.port(role.portKeys().get(0));
  }

  /**
   * Waits until the node logged "&lt;Role&gt; &lt;id&gt; is ready" and, for a DataNode, its client
   * port accepts connections. Fails at once, with the end of its log, if the process ends first.
   */
  public NodeProcess awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (nodeId().isPresent() && (role != Role.DATANODE || accepts(mainPort()))) {
        return this;
      }
      if (!isAlive()) {
        throw new AssertionError(this + " exited before it was ready\n" + evidence());
      }
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError(
            this + " was not ready after " + timeout.toSeconds() + " s\n" + evidence());
      }
      Pids.sleep(100);
    }
  }

  /** The id in the node's readiness line, once it logged one. */
  public OptionalInt nodeId() {
    for (String line : logLines()) {
      Matcher m = readyLine.matcher(line);
      if (m.find()) {
        return OptionalInt.of(Integer.parseInt(m.group(1)));
      }
    }
    return OptionalInt.empty();
  }

  /** Kills the node with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
  public void kill9() {
    Pids.kill(pid);
    if (!Pids.awaitDeath(pid, Duration.ofSeconds(10))) {
      throw new AssertionError(this + " survived SIGKILL");
    }
  }

  /** Waits for the process to end; true if it did within {@code timeout}. */
  public boolean awaitExit(Duration timeout) {
    return Pids.awaitDeath(pid, timeout);
  }

  private List<String> logLines() {
    Path log = role.logFile(home.logs());
    try {
      return Files.isRegularFile(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The last lines of the node's log and error output, for failure messages. */
  public String evidence() {
    StringBuilder text = new StringBuilder();
    for (Path file :
        List.of(role.logFile(home.logs()), home.logs().resolve(role.id() + "-stderr.log"))) {
      text.append("--- ").append(file).append('\n');
      try {
        List<String> lines =
            Files.isRegularFile(file)
                ? Files.readAllLines(file, StandardCharsets.UTF_8)
                : List.of();
        lines
            .subList(Math.max(0, lines.size() - 30), lines.size())
            .forEach(l -> text.append(l).append('\n'));
      } catch (IOException e) {
        text.append("(unreadable: ").append(e).append(")\n");
      }
    }
    return text.toString();
  }

  static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return role.displayName() + " of " + home.name() + " (pid " + pid + ")";
  }
}
