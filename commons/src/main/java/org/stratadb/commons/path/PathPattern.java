package org.stratadb.commons.path;

/**
 * Matching of a {@link PartialPath} that may hold wildcards against concrete paths: {@code *}
 * matches exactly one node, {@code **} one or more nodes, and a node like {@code s*} matches names
 * with that shape.
 *
 * <p>Matching runs as a small automaton whose state is a bit set of pattern positions, so it takes
 * time linear in the path length whatever the number of {@code **} nodes. A tree walk can carry the
 * state down instead of re-matching every path: start with {@link #initialState()}, {@link #step}
 * once per node, stop descending when the state is {@link #isDead dead}, and report a node whose
 * state {@link #isAccepting accepts}. Patterns are limited to {@value #MAX_NODES} nodes so a state
 * fits in a {@code long}.
 */
public final class PathPattern {
  /** The most nodes a pattern may have. */
  public static final int MAX_NODES = 63;

  private final PartialPath pattern;
  private final String[] nodes;
  private final boolean[] multiLevel;
  private final long acceptBit;

  public PathPattern(PartialPath pattern) {
    if (pattern.length() > MAX_NODES) {
      throw new IllegalPathException(
          pattern.toString(), "a path pattern has at most " + MAX_NODES + " nodes");
    }
    this.pattern = pattern;
    this.nodes = pattern.nodes().toArray(String[]::new);
    this.multiLevel = new boolean[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      multiLevel[i] = PartialPath.MULTI_LEVEL.equals(nodes[i]);
    }
    this.acceptBit = 1L << nodes.length;
  }

  public static PathPattern parse(String text) {
    return new PathPattern(PartialPath.parse(text));
  }

  public PartialPath path() {
    return pattern;
  }

  /** Whether the concrete {@code path} matches the whole pattern. */
  public boolean matches(PartialPath path) {
    return isAccepting(walk(path));
  }

  /**
   * Whether some descendant of {@code prefix} (or the prefix itself) could match, so a tree walk
   * may descend into it.
   */
  public boolean mayMatchBelow(PartialPath prefix) {
    return !isDead(walk(prefix));
  }

  private long walk(PartialPath path) {
    long state = initialState();
    for (int i = 0; i < path.length() && state != 0; i++) {
      state = step(state, path.node(i));
    }
    return state;
  }

  /** The state before any node: at the start of the pattern. */
  public long initialState() {
    return 1L;
  }

  /** The state after one more node named {@code name}. Never allocates. */
  public long step(long state, String name) {
    long next = 0;
    long remaining = state & ~acceptBit;
    while (remaining != 0) {
      int p = Long.numberOfTrailingZeros(remaining);
      remaining &= remaining - 1;
      if (multiLevel[p]) {
        // "**" takes this node, then may take more (stay) or be done (move on)
        next |= (1L << p) | (1L << (p + 1));
      } else if (nodeMatches(nodes[p], name)) {
        next |= 1L << (p + 1);
      }
    }
    return next;
  }

  /** Whether the nodes stepped so far form a path the whole pattern matches. */
  public boolean isAccepting(long state) {
    return (state & acceptBit) != 0;
  }

  /** Whether neither the nodes stepped so far nor any longer path can match. */
  public boolean isDead(long state) {
    return state == 0;
  }

  /** Whether a state can match a longer path, so descending further is worth it. */
  public boolean canGrow(long state) {
    return (state & ~acceptBit) != 0;
  }

  /** Whether the last node is a plain name (no wildcard), so it can also match an alias. */
  public boolean lastNodeIsPlain() {
    return nodes[nodes.length - 1].indexOf('*') < 0;
  }

  /**
   * Whether a state that has consumed every node but the last one would accept {@code name} as the
   * last node: used to match a measurement's alias in place of its name.
   */
  public boolean acceptsLast(long stateBeforeLast, String name) {
    return isAccepting(step(stateBeforeLast, name));
  }

  /** Whether one pattern node ({@code *}, {@code s*1} or a plain name) matches one name. */
  public static boolean nodeMatches(String patternNode, String name) {
    if (patternNode.indexOf('*') < 0) {
      return patternNode.equals(name);
    }
    return globMatches(patternNode, name);
  }

  /** Glob match where {@code *} stands for any run of characters; linear backtracking. */
  private static boolean globMatches(String p, String s) {
    int pi = 0;
    int si = 0;
    int starP = -1;
    int starS = 0;
    while (si < s.length()) {
      if (pi < p.length() && p.charAt(pi) == '*') {
        starP = pi++;
        starS = si;
      } else if (pi < p.length() && p.charAt(pi) == s.charAt(si)) {
        pi++;
        si++;
      } else if (starP >= 0) {
        pi = starP + 1;
        si = ++starS;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi == p.length();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathPattern other && pattern.equals(other.pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern.toString();
  }
}
