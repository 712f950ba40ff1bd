package org.stratadb.datanode.rpc.client;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.thrift.TBase;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TMessage;
import org.apache.thrift.protocol.TMessageType;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.protocol.TStruct;
import org.apache.thrift.transport.TMemoryBuffer;
import org.apache.thrift.transport.TMemoryInputTransport;

/** Builds and reads Thrift frames by hand, for tests that need control over the bytes. */
final class RawFrames {
  private RawFrames() {}

  /** A framed call; {@code args} null sends an empty argument struct. */
  static byte[] call(String method, TBase<?, ?> args, int seqid, boolean compact)
      throws TException {
    TMemoryBuffer memory = new TMemoryBuffer(64);
    TProtocol out = compact ? new TCompactProtocol(memory) : new TBinaryProtocol(memory);
    out.writeMessageBegin(new TMessage(method, TMessageType.CALL, seqid));
    if (args == null) {
      out.writeStructBegin(new TStruct("args"));
      out.writeFieldStop();
      out.writeStructEnd();
    } else {
      args.write(out);
    }
    out.writeMessageEnd();
    byte[] payload = Arrays.copyOf(memory.getArray(), memory.length());
    return ByteBuffer.allocate(4 + payload.length).putInt(payload.length).put(payload).array();
  }

  /** Reads one reply frame from the socket. */
  static byte[] readFrame(Socket socket) throws IOException {
    DataInputStream in = new DataInputStream(socket.getInputStream());
    byte[] payload = new byte[in.readInt()];
    in.readFully(payload);
    return payload;
  }

  /** A reply's protocol, positioned after its message header (returned too). */
  record Reply(TMessage message, TProtocol protocol) {}

  static Reply open(byte[] payload, boolean compact) throws TException {
    TMemoryInputTransport in = new TMemoryInputTransport(payload);
    TProtocol protocol = compact ? new TCompactProtocol(in) : new TBinaryProtocol(in);
    return new Reply(protocol.readMessageBegin(), protocol);
  }

  /** Whether the server closed the socket: a read sees end of stream (or a reset). */
  static boolean closedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(5000);
    try {
      return socket.getInputStream().read() == -1;
    } catch (java.net.SocketException reset) {
      return true;
    }
  }
}
