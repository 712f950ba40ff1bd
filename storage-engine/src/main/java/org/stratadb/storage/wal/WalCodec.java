package org.stratadb.storage.wal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.TimeRange;

/**
 * Turns a {@link WalEntry} into a record payload for {@link WalLog#append} and back; the layout is
 * in {@code docs/format/wal.md}. Stateless and thread-safe.
 */
public final class WalCodec {
  static final byte WRITE = 1;
  static final byte DELETE = 2;

  private WalCodec() {}

  /** Encodes into a fresh little-endian buffer, ready to read (position 0, limit = size). */
  public static ByteBuffer encode(WalEntry entry) {
    ByteBuffer out = GrowableBuffer.allocate(checkedSize(entry));
    write(entry, out);
    return out.flip();
  }

  /**
   * Encodes into {@code buffer}, dropping what it held, and returns its byte buffer ready to read.
   * The result is valid until the next call with the same buffer; {@link WalLog#append} does not
   * keep it.
   */
  public static ByteBuffer encodeInto(WalEntry entry, GrowableBuffer buffer) {
    ByteBuffer out = buffer.reset(checkedSize(entry));
    write(entry, out);
    return out.flip();
  }

  /**
   * Decodes the entry between position and limit and advances the position past it.
   *
   * @throws IllegalArgumentException if the bytes are not an entry of this format
   */
  public static WalEntry decode(ByteBuffer payload) {
    ByteBuffer in = payload.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    WalEntry entry;
    try {
      byte type = in.get();
      if (type == WRITE) {
        entry = readWrite(in);
      } else if (type == DELETE) {
        String pattern = WalStrings.get(in);
        entry =
            new WalEntry.DeleteEntry(
                new Deletion(pattern, new TimeRange(in.getLong(), in.getLong())));
      } else {
        throw new IllegalArgumentException("unknown WAL entry type " + type);
      }
    } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
      throw new IllegalArgumentException("truncated or malformed WAL entry", e);
    }
    payload.position(in.position());
    return entry;
  }

  private static int checkedSize(WalEntry entry) {
    long size = 1;
    if (entry instanceof WalEntry.WriteEntry write) {
      size += 4;
      for (Tablet tablet : write.tablets()) {
        size += TabletCodec.maxSize(tablet);
      }
    } else {
      Deletion deletion = ((WalEntry.DeleteEntry) entry).deletion();
      size += WalStrings.maxSize(deletion.pathPattern()) + 16;
    }
    if (size > WalFrame.MAX_PAYLOAD) {
      throw new IllegalArgumentException(
          "WAL entry of up to " + size + " bytes exceeds the limit of " + WalFrame.MAX_PAYLOAD);
    }
    return (int) size;
  }

  private static void write(WalEntry entry, ByteBuffer out) {
    if (entry instanceof WalEntry.WriteEntry write) {
      out.put(WRITE);
      out.putInt(write.tablets().size());
      for (Tablet tablet : write.tablets()) {
        TabletCodec.write(tablet, out);
      }
    } else {
      Deletion deletion = ((WalEntry.DeleteEntry) entry).deletion();
      out.put(DELETE);
      WalStrings.put(out, deletion.pathPattern());
      out.putLong(deletion.range().start());
      out.putLong(deletion.range().end());
    }
  }

  private static WalEntry readWrite(ByteBuffer in) {
    int count = in.getInt();
    if (count < 0 || count > in.remaining()) {
      throw new IllegalArgumentException("tablet count " + count + " overruns the entry");
    }
    List<Tablet> tablets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      tablets.add(TabletCodec.read(in));
    }
    return new WalEntry.WriteEntry(tablets);
  }
}
