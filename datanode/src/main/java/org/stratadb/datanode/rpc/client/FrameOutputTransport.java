package org.stratadb.datanode.rpc.client;

import java.util.Arrays;
import org.apache.thrift.TConfiguration;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;

/**
 * A write-only transport that builds one reply frame in memory: four bytes reserved for the
 * big-endian length, then the Thrift message. {@link #finish()} fills in the length, so the array
 * goes to the socket without another copy.
 */
final class FrameOutputTransport extends TTransport {
  private static final int HEADER = 4;

  private final TConfiguration configuration;
  private byte[] buf;
  private int length = HEADER;

  FrameOutputTransport(TConfiguration configuration, int initialCapacity) {
    this.configuration = configuration;
    this.buf = new byte[Math.max(HEADER + 16, initialCapacity)];
  }

  @Override
  public void write(byte[] src, int off, int len) {
    ensure(len);
    System.arraycopy(src, off, buf, length, len);
    length += len;
  }

  private void ensure(int more) {
    long needed = (long) length + more;
    if (needed > buf.length) {
      long grown = Math.max(needed, (long) buf.length * 2);
      if (grown > Integer.MAX_VALUE - 8) {
        grown = needed;
      }
      if (grown > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("reply larger than 2 GiB");
      }
      buf = Arrays.copyOf(buf, (int) grown);
    }
  }

  /** Writes the frame length into the header; returns the backing array (see {@link #length()}). */
  byte[] finish() {
    int payload = length - HEADER;
    buf[0] = (byte) (payload >>> 24);
    buf[1] = (byte) (payload >>> 16);
    buf[2] = (byte) (payload >>> 8);
    buf[3] = (byte) payload;
    return buf;
  }

  /** Bytes of the frame, header included. */
  int length() {
    return length;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void open() {}

  @Override
  public void close() {}

  @Override
  public int read(byte[] dst, int off, int len) throws TTransportException {
    throw new TTransportException(TTransportException.NOT_OPEN, "reply transport is write-only");
  }

  @Override
  public TConfiguration getConfiguration() {
    return configuration;
  }

  @Override
  public void updateKnownMessageSize(long size) {}

  @Override
  public void checkReadBytesAvailable(long numBytes) {}
}
