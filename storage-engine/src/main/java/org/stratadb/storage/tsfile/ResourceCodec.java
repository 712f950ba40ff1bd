package org.stratadb.storage.tsfile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The bytes of a {@code .resource} file, version 1 (see {@code docs/format/tsfile-resource.md}):
 * magic, version, flags, time partition, device count, the devices, and a CRC32C of all before it.
 */
final class ResourceCodec {
  static final byte[] MAGIC = {'S', 'R', 'E', 'S'};
  static final byte VERSION = 1;
  private static final int FLAG_SEQUENCE = 1;
  private static final int HEADER_BYTES = MAGIC.length + 1 + 1 + Long.BYTES + Integer.BYTES;

  /** Length, aligned flag, start and end of a device with an empty id. */
  private static final int MIN_DEVICE_BYTES = Integer.BYTES + 1 + 2 * Long.BYTES;

  private ResourceCodec() {}

  static byte[] encode(TsFileResource resource) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 48 * resource.devices().size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeByte(VERSION);
      out.writeByte(resource.sequence() ? FLAG_SEQUENCE : 0);
      out.writeLong(resource.timePartition());
      out.writeInt(resource.devices().size());
      for (Map.Entry<String, TsFileResource.DeviceRange> e : resource.deviceRanges().entrySet()) {
        byte[] id = e.getKey().getBytes(StandardCharsets.UTF_8);
        out.writeInt(id.length);
        out.write(id);
        out.writeByte(e.getValue().aligned() ? 1 : 0);
        out.writeLong(e.getValue().startTime());
        out.writeLong(e.getValue().endTime());
      }
      out.flush();
      out.writeInt(crc(bytes.toByteArray(), bytes.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  static TsFileResource decode(Path tsFile, Path file, byte[] bytes)
      throws CorruptResourceException {
    if (bytes.length < HEADER_BYTES + Integer.BYTES) {
      throw new CorruptResourceException(file, "only " + bytes.length + " bytes");
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    for (byte b : MAGIC) {
      if (in.get() != b) {
        throw new CorruptResourceException(file, "not a StrataDB resource file (bad magic)");
      }
    }
    byte version = in.get();
    if (version != VERSION) {
      throw new CorruptResourceException(file, "unknown format version " + version);
    }
    int stored = ByteBuffer.wrap(bytes, bytes.length - Integer.BYTES, Integer.BYTES).getInt();
    if (stored != crc(bytes, bytes.length - Integer.BYTES)) {
      throw new CorruptResourceException(file, "checksum mismatch");
    }
    try {
      return body(tsFile, file, in.limit(bytes.length - Integer.BYTES));
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw new CorruptResourceException(file, "malformed body: " + e);
    }
  }

  private static TsFileResource body(Path tsFile, Path file, ByteBuffer in)
      throws CorruptResourceException {
    int flags = in.get();
    if ((flags & ~FLAG_SEQUENCE) != 0) {
      throw new CorruptResourceException(file, "unknown flags " + flags);
    }
    TsFileResource.Builder builder =
        TsFileResource.builder(tsFile, (flags & FLAG_SEQUENCE) != 0, in.getLong());
    int count = in.getInt();
    if (count < 0 || count > in.remaining() / MIN_DEVICE_BYTES) {
      throw new CorruptResourceException(file, "impossible device count " + count);
    }
    for (int i = 0; i < count; i++) {
      int length = in.getInt();
      if (length < 0 || length > in.remaining()) {
        throw new CorruptResourceException(file, "impossible device id length " + length);
      }
      String device = utf8(file, in, length);
      byte aligned = in.get();
      if (aligned != 0 && aligned != 1) {
        throw new CorruptResourceException(file, "bad aligned flag " + aligned);
      }
      builder.device(device, in.getLong(), in.getLong(), aligned == 1);
    }
    if (in.hasRemaining()) {
      throw new CorruptResourceException(file, in.remaining() + " bytes after the last device");
    }
    return builder.build();
  }

  private static String utf8(Path file, ByteBuffer in, int length) throws CorruptResourceException {
    ByteBuffer slice = in.slice().limit(length);
    in.position(in.position() + length);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(slice)
          .toString();
    } catch (CharacterCodingException e) {
      throw new CorruptResourceException(file, "device id is not UTF-8");
    }
  }

  private static int crc(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }
}
