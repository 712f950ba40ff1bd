package org.stratadb.datanode.schema;

import java.util.Arrays;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;

/**
 * Pattern walks over a region's tree, in path order (children sorted by name at every level). The
 * pattern's match state is carried down the tree, so a subtree no match can reach is never entered.
 * Walks take no lock and see each node as it is when they reach it.
 */
final class TreeWalk {
  /** Receives each matching series; returns false to stop the walk. */
  interface SeriesVisitor {
    boolean visit(PartialPath device, InnerNode deviceNode, MeasurementNode measurement);
  }

  /** Receives each matching device; returns false to stop the walk. */
  interface DeviceVisitor {
    boolean visit(PartialPath device, InnerNode deviceNode);
  }

  private final MTree tree;
  private final PathPattern pattern;
  private String[] stack;

  private TreeWalk(MTree tree, PathPattern pattern) {
    this.tree = tree;
    this.pattern = pattern;
    this.stack = new String[Math.max(16, tree.database().length() * 2)];
  }

  /** The state after the database node, or 0 if nothing in the database can match. */
  private long databaseState() {
    PartialPath database = tree.database();
    long state = pattern.initialState();
    for (int i = 0; i < database.length() && !pattern.isDead(state); i++) {
      stack[i] = database.node(i);
      state = pattern.step(state, database.node(i));
    }
    return state;
  }

  /** Visits every series whose path (by name, or by alias for a plain last node) matches. */
  static void series(MTree tree, PathPattern pattern, SeriesVisitor visitor) {
    TreeWalk walk = new TreeWalk(tree, pattern);
    long state = walk.databaseState();
    if (!pattern.isDead(state)) {
      walk.visitSeries(tree.root(), state, tree.database().length(), visitor);
    }
  }

  /** Visits every device whose path matches. */
  static void devices(MTree tree, PathPattern pattern, DeviceVisitor visitor) {
    TreeWalk walk = new TreeWalk(tree, pattern);
    long state = walk.databaseState();
    if (!pattern.isDead(state)) {
      walk.visitDevices(tree.root(), state, tree.database().length(), visitor);
    }
  }

  private boolean visitSeries(InnerNode node, long state, int depth, SeriesVisitor visitor) {
    if (!pattern.canGrow(state)) {
      return true;
    }
    boolean aliasable = pattern.lastNodeIsPlain();
    PartialPath devicePath = null;
    for (Node child : node.sortedChildren()) {
      if (child instanceof MeasurementNode m) {
        boolean match =
            pattern.isAccepting(pattern.step(state, m.name))
                || (aliasable
                    && m.alias != null
                    && pattern.isAccepting(pattern.step(state, m.alias)));
        if (match) {
          if (devicePath == null) {
            devicePath = path(depth);
          }
          if (!visitor.visit(devicePath, node, m)) {
            return false;
          }
        }
      } else {
        long next = pattern.step(state, child.name);
        if (pattern.canGrow(next)) {
          push(depth, child.name);
          if (!visitSeries((InnerNode) child, next, depth + 1, visitor)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private boolean visitDevices(InnerNode node, long state, int depth, DeviceVisitor visitor) {
    if (node.isDevice() && pattern.isAccepting(state)) {
      if (!visitor.visit(path(depth), node)) {
        return false;
      }
    }
    if (!pattern.canGrow(state)) {
      return true;
    }
    for (Node child : node.sortedChildren()) {
      if (child instanceof InnerNode inner) {
        long next = pattern.step(state, inner.name);
        if (!pattern.isDead(next)) {
          push(depth, inner.name);
          if (!visitDevices(inner, next, depth + 1, visitor)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private void push(int depth, String name) {
    if (depth >= stack.length) {
      stack = Arrays.copyOf(stack, stack.length * 2);
    }
    stack[depth] = name;
  }

  private PartialPath path(int depth) {
    return PartialPath.of(Arrays.copyOf(stack, depth));
  }
}
