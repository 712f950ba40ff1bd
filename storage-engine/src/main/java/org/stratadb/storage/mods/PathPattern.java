package org.stratadb.storage.mods;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A tree-model path pattern such as {@code root.sg.d1.s1}, {@code root.sg.*.s1}, {@code root.sg.**}
 * or {@code root.**.s1}: a node {@code *} stands for exactly one node, {@code **} for one or more
 * nodes, and a {@code *} inside a node (such as {@code d*}) for any characters within that node. A
 * node in backquotes may contain dots; the quotes are not part of its name.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PathPattern {
  private static final byte LITERAL = 0;
  private static final byte ONE = 1;
  private static final byte MULTI = 2;
  private static final byte GLOB = 3;

  private final String text;
  private final String[] nodes;
  private final byte[] kinds;

  private PathPattern(String text, String[] nodes, byte[] kinds) {
    this.text = text;
    this.nodes = nodes;
    this.kinds = kinds;
  }

  /**
   * Parses a pattern.
   *
   * @throws IllegalArgumentException when it has an empty node or an unclosed backquote
   */
  public static PathPattern parse(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    List<String> names = new ArrayList<>();
    List<Boolean> quoted = new ArrayList<>();
    splitInto(pattern, names, quoted);
    byte[] kinds = new byte[names.size()];
    for (int i = 0; i < kinds.length; i++) {
      boolean literal = quoted.get(i) && !names.get(i).isEmpty();
      kinds[i] = literal ? LITERAL : kindOf(names.get(i), pattern);
    }
    return new PathPattern(pattern, names.toArray(new String[0]), kinds);
  }

  /** Whether the series {@code device.measurement} matches. */
  public boolean matches(String device, String measurement) {
    String[] deviceNodes = split(device);
    String[] target = new String[deviceNodes.length + 1];
    System.arraycopy(deviceNodes, 0, target, 0, deviceNodes.length);
    target[deviceNodes.length] = measurement;
    return matchNodes(target, false);
  }

  /** Whether some series of {@code device}, whatever its measurement, could match. */
  public boolean mayMatchDevice(String device) {
    return matchNodes(split(device), true);
  }

  /**
   * Whether the device path itself matches, reading the pattern as a device pattern (as TTL rules
   * such as {@code root.sg.**} or {@code root.sg.d1} are).
   */
  public boolean matchesDevice(String device) {
    return matchNodes(split(device), false);
  }

  /** Whether the pattern has no wildcard, so it names exactly one path. */
  public boolean isExact() {
    for (byte kind : kinds) {
      if (kind != LITERAL) {
        return false;
      }
    }
    return true;
  }

  /** The number of nodes of the pattern. */
  public int nodeCount() {
    return nodes.length;
  }

  /**
   * Runs the target through the pattern as an automaton over nodes. With {@code anyTail} the target
   * gets one more node that may be anything, which answers "could a child match".
   */
  private boolean matchNodes(String[] target, boolean anyTail) {
    int m = nodes.length;
    boolean[] reach = new boolean[m + 1];
    boolean[] next = new boolean[m + 1];
    reach[0] = true;
    int steps = target.length + (anyTail ? 1 : 0);
    for (int t = 0; t < steps; t++) {
      String node = t < target.length ? target[t] : null;
      Arrays.fill(next, false);
      boolean any = false;
      for (int j = 0; j < m; j++) {
        boolean enter = reach[j];
        if (kinds[j] == MULTI) {
          // ** consumes this node either as its first or as one more of its nodes.
          enter |= reach[j + 1];
        }
        if (enter && nodeMatches(j, node)) {
          next[j + 1] = true;
          any = true;
        }
      }
      if (!any) {
        return false;
      }
      boolean[] swap = reach;
      reach = next;
      next = swap;
    }
    return reach[m];
  }

  /** A null node is the "any" node of {@link #mayMatchDevice}: every pattern node accepts it. */
  private boolean nodeMatches(int j, String node) {
    if (node == null) {
      return true;
    }
    switch (kinds[j]) {
      case LITERAL:
        return nodes[j].equals(node);
      case GLOB:
        return globMatches(nodes[j], node);
      default:
        return true;
    }
  }

  /** Matches one node against a glob where {@code *} stands for any run of characters. */
  static boolean globMatches(String glob, String node) {
    int g = 0;
    int n = 0;
    int starAt = -1;
    int resumeAt = 0;
    while (n < node.length()) {
      if (g < glob.length() && glob.charAt(g) == '*') {
        starAt = g++;
        resumeAt = n;
      } else if (g < glob.length() && glob.charAt(g) == node.charAt(n)) {
        g++;
        n++;
      } else if (starAt >= 0) {
        g = starAt + 1;
        n = ++resumeAt;
      } else {
        return false;
      }
    }
    while (g < glob.length() && glob.charAt(g) == '*') {
      g++;
    }
    return g == glob.length();
  }

  private static byte kindOf(String node, String pattern) {
    if (node.isEmpty()) {
      throw new IllegalArgumentException("empty node in path pattern: " + pattern);
    }
    if (node.equals("*")) {
      return ONE;
    }
    if (node.equals("**")) {
      return MULTI;
    }
    return node.indexOf('*') >= 0 ? GLOB : LITERAL;
  }

  /** Splits a path into node names at the dots outside backquotes, dropping the quotes. */
  static String[] split(String path) {
    List<String> names = new ArrayList<>();
    splitInto(path, names, null);
    return names.toArray(new String[0]);
  }

  /**
   * Splits at the dots outside backquotes; a doubled backquote inside quotes stands for one. A
   * quoted node is always literal, so {@code quoted} records which nodes had quotes.
   */
  private static void splitInto(String path, List<String> names, List<Boolean> quoted) {
    StringBuilder node = new StringBuilder();
    boolean inQuotes = false;
    boolean hadQuotes = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '`') {
        if (inQuotes && i + 1 < path.length() && path.charAt(i + 1) == '`') {
          node.append('`');
          i++;
        } else {
          inQuotes = !inQuotes;
          hadQuotes = true;
        }
      } else if (c == '.' && !inQuotes) {
        addNode(names, quoted, node, hadQuotes);
        hadQuotes = false;
      } else {
        node.append(c);
      }
    }
    if (inQuotes) {
      throw new IllegalArgumentException("unclosed backquote in path: " + path);
    }
    addNode(names, quoted, node, hadQuotes);
  }

  private static void addNode(
      List<String> names, List<Boolean> quoted, StringBuilder node, boolean hadQuotes) {
    names.add(node.toString());
    node.setLength(0);
    if (quoted != null) {
      quoted.add(hadQuotes);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathPattern p && p.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
