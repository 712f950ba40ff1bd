package org.stratadb.datanode.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stratadb.commons.path.PartialPath;

/**
 * A whole region tree in one file (format: docs/format/schema-region.md): header, the nodes in
 * pre-order, a CRC-32C of everything before it.
 */
final class SnapshotFile {
  static final byte[] MAGIC = {'S', 'T', 'S', 'S'};
  static final byte VERSION = 1;
  private static final int INNER = 1;
  private static final int MEASUREMENT = 2;

  private SnapshotFile() {}

  /** What a snapshot holds. */
  record Loaded(int regionId, PartialPath database, long lastLsn, MTree tree) {}

  /** Encodes the tree; the caller keeps writers out while this runs. */
  static ByteSink encode(int regionId, MTree tree, long lastLsn) {
    ByteSink out = new ByteSink(1 << 16);
    out.putBytes(MAGIC, 0, 4).putByte(VERSION).putInt(regionId);
    SchemaOp.putPath(out, tree.database());
    out.putLong(lastLsn);
    putNode(out, tree.root());
    out.putInt(OpLog.crc(out.array(), 0, out.size()));
    return out;
  }

  static void write(Path file, int regionId, MTree tree, long lastLsn) throws IOException {
    ByteSink bytes = encode(regionId, tree, lastLsn);
    DurableFiles.writeAtomically(file, bytes.array(), bytes.size());
  }

  private static void putNode(ByteSink out, Node node) {
    if (node instanceof MeasurementNode m) {
      out.putByte(MEASUREMENT);
      SchemaOp.putMeasurement(out, m.spec());
      return;
    }
    InnerNode inner = (InnerNode) node;
    Node[] children = inner.sortedChildren();
    out.putByte(INNER).putString(inner.name).putByte(inner.deviceKind());
    out.putVarInt(children.length);
    for (Node child : children) {
      putNode(out, child);
    }
  }

  static Loaded read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length < 4 || OpLog.crc(bytes, 0, bytes.length - 4) != tailInt(bytes)) {
      throw new CorruptSchemaException(file + " fails its checksum");
    }
    ByteSource in = new ByteSource(bytes, 0, bytes.length - 4);
    for (byte b : MAGIC) {
      if (in.getByte() != (b & 0xFF)) {
        throw new CorruptSchemaException(file + " is not a schema snapshot");
      }
    }
    int version = in.getByte();
    if (version != VERSION) {
      throw new CorruptSchemaException(file + " has unknown version " + version);
    }
    int regionId = in.getInt();
    PartialPath database = SchemaOp.getPath(in);
    long lastLsn = in.getLong();
    MTree tree = new MTree(database);
    if (in.getByte() != INNER) {
      throw new CorruptSchemaException(file + ": the database node is not an inner node");
    }
    String rootName = in.getString();
    if (!rootName.equals(database.lastNode())) {
      throw new CorruptSchemaException(file + ": root node " + rootName + " for " + database);
    }
    readInner(in, tree.root(), 0);
    if (in.remaining() != 0) {
      throw new CorruptSchemaException(file + ": " + in.remaining() + " stray bytes");
    }
    return new Loaded(regionId, database, lastLsn, tree);
  }

  /** Reads the device kind and children of {@code node}, whose name was read already. */
  private static void readInner(ByteSource in, InnerNode node, int depth)
      throws CorruptSchemaException {
    if (depth > 10_000) {
      throw new CorruptSchemaException("tree deeper than any path");
    }
    int kind = in.getByte();
    if (kind > InnerNode.ALIGNED) {
      throw new CorruptSchemaException("bad device kind " + kind);
    }
    node.setDeviceKind((byte) kind);
    int count = in.getVarInt();
    for (int i = 0; i < count; i++) {
      int type = in.getByte();
      if (type == MEASUREMENT) {
        MeasurementNode m = MeasurementNode.of(SchemaOp.getMeasurement(in));
        node.putChild(m);
        if (m.alias != null) {
          node.putAlias(m.alias, m);
        }
      } else if (type == INNER) {
        InnerNode child = new InnerNode(in.getString());
        node.putChild(child);
        readInner(in, child, depth + 1);
      } else {
        throw new CorruptSchemaException("bad node type " + type);
      }
    }
    if (node.isDevice() != (node.measurementCount() > 0)) {
      throw new CorruptSchemaException("device flag of " + node.name + " disagrees with children");
    }
  }

  private static int tailInt(byte[] bytes) {
    int n = bytes.length;
    return ((bytes[n - 4] & 0xFF) << 24)
        | ((bytes[n - 3] & 0xFF) << 16)
        | ((bytes[n - 2] & 0xFF) << 8)
        | (bytes[n - 1] & 0xFF);
  }
}
