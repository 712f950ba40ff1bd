package org.stratadb.commons.path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A path of the tree model such as {@code root.sg.d1.s1}: a list of nodes. A node that holds a dot,
 * a backquote or other characters outside the plain-name set is written between backquotes, with a
 * backquote inside doubled ({@code root.sg.`a.b`}). Nodes may be the wildcards {@code *} (one
 * level) and {@code **} (any number of levels, at least one), or contain {@code *} as part of a
 * name ({@code s*}), which makes the path a pattern.
 *
 * <p>Immutable. {@link #toString} is the canonical text, re-parseable by {@link #parse}.
 */
public final class PartialPath implements Comparable<PartialPath> {
  public static final String ROOT = "root";
  public static final String ONE_LEVEL = "*";
  public static final String MULTI_LEVEL = "**";

  private final String[] nodes;
  private String text;

  private PartialPath(String[] nodes) {
    this.nodes = nodes;
  }

  /**
   * Parses a path; it need not start at {@code root} (a suffix in {@code SELECT s1 FROM ...}).
   *
   * @throws IllegalPathException with a message naming the path and the problem
   */
  public static PartialPath parse(String path) {
    return new PartialPath(PathSyntax.split(path));
  }

  /** Parses a path that must start at {@code root}. */
  public static PartialPath parseFull(String path) {
    PartialPath parsed = parse(path);
    if (!ROOT.equals(parsed.nodes[0])) {
      throw new IllegalPathException(path, "a full path starts with root");
    }
    return parsed;
  }

  /** A path of already-split nodes (no quoting), checked like a parsed one. */
  public static PartialPath of(String... nodes) {
    if (nodes.length == 0) {
      throw new IllegalPathException("", "a path has at least one node");
    }
    for (String node : nodes) {
      if (node == null || node.isEmpty()) {
        throw new IllegalPathException(Arrays.toString(nodes), "a path node must not be empty");
      }
    }
    return new PartialPath(nodes.clone());
  }

  public int length() {
    return nodes.length;
  }

  public String node(int index) {
    return nodes[index];
  }

  public String lastNode() {
    return nodes[nodes.length - 1];
  }

  public List<String> nodes() {
    return List.of(nodes);
  }

  /** The path without its last node, e.g. the device of a timeseries path. */
  public PartialPath parent() {
    if (nodes.length < 2) {
      throw new IllegalPathException(toString(), "has no parent");
    }
    return new PartialPath(Arrays.copyOf(nodes, nodes.length - 1));
  }

  /** This path with {@code node} appended. */
  public PartialPath child(String node) {
    String[] extended = Arrays.copyOf(nodes, nodes.length + 1);
    extended[nodes.length] = node;
    return of(extended);
  }

  /** This path followed by every node of {@code suffix}. */
  public PartialPath concat(PartialPath suffix) {
    String[] joined = Arrays.copyOf(nodes, nodes.length + suffix.nodes.length);
    System.arraycopy(suffix.nodes, 0, joined, nodes.length, suffix.nodes.length);
    return new PartialPath(joined);
  }

  /** The first {@code count} nodes. */
  public PartialPath prefix(int count) {
    if (count < 1 || count > nodes.length) {
      throw new IllegalArgumentException("prefix of " + count + " nodes of " + this);
    }
    return new PartialPath(Arrays.copyOf(nodes, count));
  }

  /** Whether any node is or contains a wildcard. */
  public boolean hasWildcard() {
    for (String node : nodes) {
      if (node.indexOf('*') >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code other} starts with every node of this path (a path is its own prefix). */
  public boolean isPrefixOf(PartialPath other) {
    if (other.nodes.length < nodes.length) {
      return false;
    }
    for (int i = 0; i < nodes.length; i++) {
      if (!nodes[i].equals(other.nodes[i])) {
        return false;
      }
    }
    return true;
  }

  /** Splits the nodes into a list, for callers building paths by hand. */
  public List<String> toMutableNodes() {
    return new ArrayList<>(Arrays.asList(nodes));
  }

  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = PathSyntax.join(nodes);
      text = t;
    }
    return t;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialPath other && Arrays.equals(nodes, other.nodes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes);
  }

  @Override
  public int compareTo(PartialPath o) {
    return Arrays.compare(nodes, o.nodes);
  }
}
