package org.stratadb.datanode.schema;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.stratadb.commons.path.PartialPath;

/**
 * A change of a region's tree, as the log records it. Ops carry their results, not their requests
 * (concrete measurements with encodings filled in, concrete deleted paths rather than patterns), so
 * replay needs no settings and no validation.
 */
sealed interface SchemaOp permits SchemaOp.Create, SchemaOp.Delete {
  byte CREATE = 1;
  byte DELETE = 2;

  void encode(ByteSink out);

  /** Measurements added under one device, which becomes aligned or not if it was no device. */
  record Create(PartialPath device, boolean aligned, List<MeasurementSpec> measurements)
      implements SchemaOp {
    public Create {
      measurements = List.copyOf(measurements);
    }

    @Override
    public void encode(ByteSink out) {
      out.putByte(CREATE);
      putPath(out, device);
      out.putByte(aligned ? 1 : 0);
      out.putVarInt(measurements.size());
      for (MeasurementSpec m : measurements) {
        putMeasurement(out, m);
      }
    }
  }

  /** Series removed, by their full paths. */
  record Delete(List<PartialPath> series) implements SchemaOp {
    public Delete {
      series = List.copyOf(series);
    }

    @Override
    public void encode(ByteSink out) {
      out.putByte(DELETE);
      out.putVarInt(series.size());
      for (PartialPath path : series) {
        putPath(out, path);
      }
    }
  }

  static SchemaOp decode(ByteSource in) throws CorruptSchemaException {
    int kind = in.getByte();
    switch (kind) {
      case CREATE:
        {
          PartialPath device = getPath(in);
          boolean aligned = in.getByte() != 0;
          int n = in.getVarInt();
          List<MeasurementSpec> measurements = new ArrayList<>(Math.min(n, 1024));
          for (int i = 0; i < n; i++) {
            measurements.add(getMeasurement(in));
          }
          return new Create(device, aligned, measurements);
        }
      case DELETE:
        {
          int n = in.getVarInt();
          List<PartialPath> series = new ArrayList<>(Math.min(n, 1024));
          for (int i = 0; i < n; i++) {
            series.add(getPath(in));
          }
          return new Delete(series);
        }
      default:
        throw new CorruptSchemaException("unknown schema op kind " + kind);
    }
  }

  static void putPath(ByteSink out, PartialPath path) {
    out.putVarInt(path.length());
    for (int i = 0; i < path.length(); i++) {
      out.putString(path.node(i));
    }
  }

  static PartialPath getPath(ByteSource in) throws CorruptSchemaException {
    int n = in.getVarInt();
    if (n == 0 || n > in.remaining()) {
      throw new CorruptSchemaException("path of " + n + " nodes");
    }
    String[] nodes = new String[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = in.getString();
    }
    try {
      return PartialPath.of(nodes);
    } catch (RuntimeException e) {
      throw new CorruptSchemaException("bad path: " + e.getMessage());
    }
  }

  /** Name, type, encoding, compressor (tsfile's byte codes), alias, tags, attributes, props. */
  static void putMeasurement(ByteSink out, MeasurementSpec m) {
    out.putString(m.name());
    out.putByte(m.type().serialize());
    out.putByte(m.encoding().serialize());
    out.putByte(m.compressor().serialize());
    out.putNullableString(m.alias());
    out.putMap(m.tags());
    out.putMap(m.attributes());
    out.putMap(m.props());
  }

  static MeasurementSpec getMeasurement(ByteSource in) throws CorruptSchemaException {
    String name = in.getString();
    int type = in.getByte();
    int encoding = in.getByte();
    int compressor = in.getByte();
    try {
      return new MeasurementSpec(
          name,
          TSDataType.deserialize((byte) type),
          TSEncoding.deserialize((byte) encoding),
          CompressionType.deserialize((byte) compressor),
          in.getNullableString(),
          in.getMap(),
          in.getMap(),
          in.getMap());
    } catch (IllegalArgumentException e) {
      throw new CorruptSchemaException("bad measurement " + name + ": " + e.getMessage());
    }
  }
}
