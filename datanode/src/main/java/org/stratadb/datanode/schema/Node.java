package org.stratadb.datanode.schema;

/** A node of a region's MTree: an inner node (possibly a device) or a measurement. */
abstract sealed class Node permits InnerNode, MeasurementNode {
  final String name;

  Node(String name) {
    this.name = name;
  }
}
