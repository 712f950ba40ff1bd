package org.stratadb.query.analyze;

import org.stratadb.commons.path.PathPattern;

/** Node matching, shared by the resolver and the analyzer. */
final class PathMatch {
  private PathMatch() {}

  static boolean nodeMatches(String patternNode, String name) {
    return "**".equals(patternNode) || PathPattern.nodeMatches(patternNode, name);
  }
}
