package org.stratadb.commons.path;

/**
 * Matching of a {@link PartialPath} that may hold wildcards against concrete paths: {@code *}
 * matches exactly one node, {@code **} one or more nodes, and a node like {@code s*} matches names
 * with that shape.
 */
public final class PathPattern {
  private final PartialPath pattern;

  public PathPattern(PartialPath pattern) {
    this.pattern = pattern;
  }

  public static PathPattern parse(String text) {
    return new PathPattern(PartialPath.parse(text));
  }

  public PartialPath path() {
    return pattern;
  }

  /** Whether the concrete {@code path} matches the whole pattern. */
  public boolean matches(PartialPath path) {
    return match(0, path, 0, false);
  }

  /**
   * Whether some descendant of {@code prefix} (or the prefix itself) could match, so a tree walk
   * may descend into it.
   */
  public boolean mayMatchBelow(PartialPath prefix) {
    return match(0, prefix, 0, true);
  }

  private boolean match(int pi, PartialPath path, int ni, boolean prefixOnly) {
    if (ni == path.length()) {
      return pi == pattern.length() || prefixOnly;
    }
    if (pi == pattern.length()) {
      return false;
    }
    String p = pattern.node(pi);
    if (PartialPath.MULTI_LEVEL.equals(p)) {
      // "**" takes this node and then either stops or keeps taking nodes
      return match(pi + 1, path, ni + 1, prefixOnly) || match(pi, path, ni + 1, prefixOnly);
    }
    return nodeMatches(p, path.node(ni)) && match(pi + 1, path, ni + 1, prefixOnly);
  }

  /** Whether one pattern node ({@code *}, {@code s*1} or a plain name) matches one name. */
  public static boolean nodeMatches(String patternNode, String name) {
    if (patternNode.indexOf('*') < 0) {
      return patternNode.equals(name);
    }
    return globMatches(patternNode, 0, name, 0);
  }

  private static boolean globMatches(String p, int pi, String s, int si) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (globMatches(p, pi + 1, s, k)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return si == s.length();
  }

  @Override
  public String toString() {
    return pattern.toString();
  }
}
