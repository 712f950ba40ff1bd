package org.stratadb.session.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the {@code timestamps} and {@code values} blobs of an insertTablet request as a server
 * would, for tests: values by column, then the optional bitmap section (one flag byte per column,
 * then {@code rows / 8 + 1} LSB-first bytes for flagged columns).
 */
public final class TabletWire {
  /** Decoded rows: {@code values[col][row]} boxed, null where the bitmap marks a null. */
  public record Decoded(long[] times, Object[][] values, boolean hadBitmapSection) {}

  private TabletWire() {}

  public static Decoded decode(ByteBuffer timesBlob, ByteBuffer valuesBlob, List<Integer> types) {
    ByteBuffer tb = timesBlob.duplicate();
    int rows = tb.remaining() / 8;
    long[] times = new long[rows];
    for (int i = 0; i < rows; i++) {
      times[i] = tb.getLong();
    }
    ByteBuffer vb = valuesBlob.duplicate();
    Object[][] values = new Object[types.size()][rows];
    for (int c = 0; c < types.size(); c++) {
      for (int r = 0; r < rows; r++) {
        values[c][r] = readValue(vb, types.get(c));
      }
    }
    boolean section = vb.hasRemaining();
    if (section) {
      for (int c = 0; c < types.size(); c++) {
        if (vb.get() == 0) {
          continue;
        }
        byte[] bits = new byte[rows / 8 + 1];
        vb.get(bits);
        for (int r = 0; r < rows; r++) {
          if ((bits[r / 8] & (1 << (r % 8))) != 0) {
            values[c][r] = null;
          }
        }
      }
    }
    if (vb.hasRemaining()) {
      throw new AssertionError(vb.remaining() + " trailing bytes in the values blob");
    }
    return new Decoded(times, values, section);
  }

  private static Object readValue(ByteBuffer vb, int type) {
    switch (type) {
      case 0:
        return vb.get() != 0;
      case 1:
      case 9:
        return vb.getInt();
      case 2:
      case 8:
        return vb.getLong();
      case 3:
        return vb.getFloat();
      case 4:
        return vb.getDouble();
      default:
        byte[] b = new byte[vb.getInt()];
        vb.get(b);
        return new String(b, StandardCharsets.UTF_8);
    }
  }
}
