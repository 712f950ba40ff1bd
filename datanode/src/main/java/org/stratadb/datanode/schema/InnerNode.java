package org.stratadb.datanode.schema;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A node that is not a measurement: the database node, a plain path node, or a device (a node with
 * at least one measurement child, aligned or not).
 *
 * <p>Concurrency: one writer at a time (the region's write lock); readers take no lock. Children
 * live in an array sorted by name, replaced whole on every change (copy-on-write), until there are
 * more than {@link #SMALL} of them; then in a {@link ConcurrentHashMap}. Both are safe to read
 * while the writer changes them, and the array keeps a node with few children small.
 */
final class InnerNode extends Node {
  static final int SMALL = 16;
  private static final Node[] NONE = new Node[0];

  static final byte NOT_DEVICE = 0;
  static final byte NON_ALIGNED = 1;
  static final byte ALIGNED = 2;

  /** {@code Node[]} sorted by name, or {@code ConcurrentHashMap<String, Node>}. */
  private volatile Object children = NONE;

  /** {@link #NOT_DEVICE}, {@link #NON_ALIGNED} or {@link #ALIGNED}. */
  private volatile byte deviceKind = NOT_DEVICE;

  /** Measurement children; only the writer reads or writes it. */
  private int measurementCount;

  /** Alias to measurement, copy-on-write; null while no measurement has an alias. */
  private volatile Map<String, MeasurementNode> aliases;

  InnerNode(String name) {
    super(name);
  }

  boolean isDevice() {
    return deviceKind != NOT_DEVICE;
  }

  boolean isAligned() {
    return deviceKind == ALIGNED;
  }

  byte deviceKind() {
    return deviceKind;
  }

  int measurementCount() {
    return measurementCount;
  }

  Node child(String childName) {
    Object current = children;
    if (current instanceof Node[] array) {
      int at = indexOf(array, childName);
      return at >= 0 ? array[at] : null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Node> map = (Map<String, Node>) current;
    return map.get(childName);
  }

  /** The measurement with this alias, or null. */
  MeasurementNode aliased(String alias) {
    Map<String, MeasurementNode> current = aliases;
    return current == null ? null : current.get(alias);
  }

  /** Whether a child or an alias already uses {@code childName}. */
  boolean nameTaken(String childName) {
    return child(childName) != null || aliased(childName) != null;
  }

  int childCount() {
    Object current = children;
    return current instanceof Node[] array ? array.length : ((Map<?, ?>) current).size();
  }

  /** A snapshot of the children sorted by name. */
  Node[] sortedChildren() {
    Object current = children;
    if (current instanceof Node[] array) {
      return array;
    }
    @SuppressWarnings("unchecked")
    Map<String, Node> map = (Map<String, Node>) current;
    Node[] all = map.values().toArray(NONE);
    Arrays.sort(all, (a, b) -> a.name.compareTo(b.name));
    return all;
  }

  // ---- writer side: the caller holds the region's write lock ----

  void putChild(Node child) {
    Object current = children;
    if (current instanceof Node[] array) {
      int at = indexOf(array, child.name);
      if (at >= 0) {
        Node[] copy = array.clone();
        Node replaced = copy[at];
        copy[at] = child;
        children = copy;
        countReplaced(replaced, child);
        return;
      } else if (array.length < SMALL) {
        int insert = -at - 1;
        Node[] grown = new Node[array.length + 1];
        System.arraycopy(array, 0, grown, 0, insert);
        grown[insert] = child;
        System.arraycopy(array, insert, grown, insert + 1, array.length - insert);
        children = grown;
      } else {
        ConcurrentHashMap<String, Node> map = new ConcurrentHashMap<>(array.length * 2 + 2);
        for (Node node : array) {
          map.put(node.name, node);
        }
        map.put(child.name, child);
        children = map;
      }
    } else {
      @SuppressWarnings("unchecked")
      Map<String, Node> map = (Map<String, Node>) current;
      Node replaced = map.put(child.name, child);
      if (replaced != null) {
        countReplaced(replaced, child);
        return;
      }
    }
    if (child instanceof MeasurementNode) {
      measurementCount++;
    }
  }

  private void countReplaced(Node replaced, Node child) {
    if (replaced instanceof MeasurementNode) {
      measurementCount--;
    }
    if (child instanceof MeasurementNode) {
      measurementCount++;
    }
  }

  void removeChild(String childName) {
    Object current = children;
    Node removed;
    if (current instanceof Node[] array) {
      int at = indexOf(array, childName);
      if (at < 0) {
        return;
      }
      removed = array[at];
      Node[] shrunk = array.length == 1 ? NONE : new Node[array.length - 1];
      System.arraycopy(array, 0, shrunk, 0, at);
      System.arraycopy(array, at + 1, shrunk, at, array.length - at - 1);
      children = shrunk;
    } else {
      @SuppressWarnings("unchecked")
      Map<String, Node> map = (Map<String, Node>) current;
      removed = map.remove(childName);
      if (map.size() <= SMALL / 2) {
        Node[] array = map.values().toArray(NONE);
        Arrays.sort(array, (a, b) -> a.name.compareTo(b.name));
        children = array;
      }
    }
    if (removed instanceof MeasurementNode) {
      measurementCount--;
    }
  }

  void setDeviceKind(byte kind) {
    deviceKind = kind;
  }

  void putAlias(String alias, MeasurementNode measurement) {
    Map<String, MeasurementNode> current = aliases;
    Map<String, MeasurementNode> next = current == null ? new ConcurrentHashMap<>(4) : current;
    next.put(alias, measurement);
    aliases = next;
  }

  void removeAlias(String alias) {
    Map<String, MeasurementNode> current = aliases;
    if (current != null) {
      current.remove(alias);
      if (current.isEmpty()) {
        aliases = null;
      }
    }
  }

  private static int indexOf(Node[] array, String childName) {
    int low = 0;
    int high = array.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = array[mid].name.compareTo(childName);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }
}
