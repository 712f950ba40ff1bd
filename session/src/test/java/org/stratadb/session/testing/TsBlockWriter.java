package org.stratadb.session.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds serialized TsBlocks the way a server writes them, for tests. Written from the format
 * description, independently of the client's decoder.
 */
public final class TsBlockWriter {
  public static final byte BOOLEAN = 0;
  public static final byte INT32 = 1;
  public static final byte INT64 = 2;
  public static final byte FLOAT = 3;
  public static final byte DOUBLE = 4;
  public static final byte TEXT = 5;

  private record Col(byte type, Object[] values, boolean rle) {}

  private final long[] times;
  private final List<Col> columns = new ArrayList<>();

  private TsBlockWriter(long[] times) {
    this.times = times;
  }

  /** A block with these timestamps (one per row). */
  public static TsBlockWriter rows(long... times) {
    return new TsBlockWriter(times);
  }

  /**
   * Adds a value column; {@code values} hold Boolean, Integer, Long, Float, Double or String, null
   * for a null row.
   */
  public TsBlockWriter column(byte type, Object... values) {
    if (values.length != times.length) {
      throw new IllegalArgumentException("need " + times.length + " values");
    }
    columns.add(new Col(type, values, false));
    return this;
  }

  /** Adds a run-length column: every row holds {@code value} (null for all-null). */
  public TsBlockWriter rleColumn(byte type, Object value) {
    columns.add(new Col(type, new Object[] {value}, true));
    return this;
  }

  public ByteBuffer build() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(columns.size());
      for (Col c : columns) {
        out.writeByte(c.type);
      }
      out.writeInt(times.length);
      out.writeByte(2); // time column: INT64_ARRAY
      for (Col c : columns) {
        out.writeByte(c.rle ? 4 : encodingOf(c.type));
      }
      out.writeByte(0); // time column has no nulls
      for (long t : times) {
        out.writeLong(t);
      }
      for (Col c : columns) {
        if (c.rle) {
          out.writeByte(encodingOf(c.type));
        }
        writeBody(out, c.type, c.values);
      }
      return ByteBuffer.wrap(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int encodingOf(byte type) {
    switch (type) {
      case BOOLEAN:
        return 0;
      case INT32:
      case FLOAT:
        return 1;
      case INT64:
      case DOUBLE:
        return 2;
      default:
        return 3;
    }
  }

  private static void writeBody(DataOutputStream out, byte type, Object[] values)
      throws IOException {
    boolean anyNull = false;
    for (Object v : values) {
      anyNull |= v == null;
    }
    out.writeByte(anyNull ? 1 : 0);
    if (anyNull) {
      writeMsbBits(out, values, true);
    }
    if (type == BOOLEAN) {
      writeMsbBits(out, values, false);
      return;
    }
    for (Object v : values) {
      if (v == null) {
        continue;
      }
      switch (type) {
        case INT32:
          out.writeInt((Integer) v);
          break;
        case FLOAT:
          out.writeInt(Float.floatToIntBits((Float) v));
          break;
        case INT64:
          out.writeLong((Long) v);
          break;
        case DOUBLE:
          out.writeLong(Double.doubleToLongBits((Double) v));
          break;
        default:
          byte[] b = ((String) v).getBytes(StandardCharsets.UTF_8);
          out.writeInt(b.length);
          out.write(b);
      }
    }
  }

  /** Packs one bit per row, MSB first: null flags, or boolean values (false for nulls). */
  private static void writeMsbBits(DataOutputStream out, Object[] values, boolean nullFlags)
      throws IOException {
    int current = 0;
    for (int i = 0; i < values.length; i++) {
      boolean bit = nullFlags ? values[i] == null : Boolean.TRUE.equals(values[i]);
      if (bit) {
        current |= 0x80 >>> (i % 8);
      }
      if (i % 8 == 7) {
        out.writeByte(current);
        current = 0;
      }
    }
    if (values.length % 8 != 0) {
      out.writeByte(current);
    }
  }
}
