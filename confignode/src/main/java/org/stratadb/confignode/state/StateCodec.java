package org.stratadb.confignode.state;

import java.nio.ByteBuffer;
import org.apache.thrift.TBase;
import org.apache.thrift.TDeserializer;
import org.apache.thrift.TException;
import org.apache.thrift.TSerializer;
import org.apache.thrift.protocol.TCompactProtocol;
import org.stratadb.protocol.confignode.state.TCommandResult;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * Bytes of the ConfigNode's commands and results: one version byte, then the Thrift struct in the
 * compact protocol (see docs/format/confignode-state.md).
 */
public final class StateCodec {
  /** The version byte of commands, results and snapshots written by this code. */
  public static final byte VERSION = 1;

  private StateCodec() {}

  public static ByteBuffer encodeCommand(TConfigCommand command) {
    return ByteBuffer.wrap(versioned(command));
  }

  public static TConfigCommand decodeCommand(ByteBuffer bytes) {
    return decodeVersioned(bytes, new TConfigCommand(), "command");
  }

  public static ByteBuffer encodeResult(TCommandResult result) {
    return ByteBuffer.wrap(versioned(result));
  }

  public static TCommandResult decodeResult(ByteBuffer bytes) {
    return decodeVersioned(bytes, new TCommandResult(), "command result");
  }

  /** The struct in the compact protocol, without a version byte. */
  public static byte[] serialize(TBase<?, ?> struct) {
    try {
      return new TSerializer(new TCompactProtocol.Factory()).serialize(struct);
    } catch (TException e) {
      throw new IllegalStateException("cannot serialize " + struct.getClass().getSimpleName(), e);
    }
  }

  /**
   * Fills {@code into} from bytes written by {@link #serialize}.
   *
   * @throws IllegalArgumentException if the bytes are not such a struct
   */
  public static <T extends TBase<?, ?>> T deserialize(byte[] bytes, T into) {
    try {
      new TDeserializer(new TCompactProtocol.Factory()).deserialize(into, bytes);
      return into;
    } catch (TException | RuntimeException e) {
      throw new IllegalArgumentException(
          "bytes are not a valid " + into.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static byte[] versioned(TBase<?, ?> struct) {
    byte[] body = serialize(struct);
    byte[] out = new byte[body.length + 1];
    out[0] = VERSION;
    System.arraycopy(body, 0, out, 1, body.length);
    return out;
  }

  private static <T extends TBase<?, ?>> T decodeVersioned(ByteBuffer buffer, T into, String what) {
    ByteBuffer b = buffer.duplicate();
    if (!b.hasRemaining()) {
      throw new IllegalArgumentException("empty " + what);
    }
    byte version = b.get();
    if (version != VERSION) {
      throw new IllegalArgumentException(
          what + " has format version " + version + "; this ConfigNode reads " + VERSION);
    }
    byte[] body = new byte[b.remaining()];
    b.get(body);
    return deserialize(body, into);
  }
}
