package org.stratadb.datanode.rpc.client;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocolFactory;
import org.apache.thrift.transport.TMemoryInputTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: cuts the byte stream into frames (a 4-byte big-endian length, then one
 * Thrift message), picks the protocol from the first message, runs each request on a worker thread
 * and writes the reply frame back.
 *
 * <p>Requests run one at a time and in order: while one runs, the connection reads nothing more
 * (auto-read is off) and bytes that had already arrived wait in {@code pending}. Every field is
 * touched only on the connection's event loop, except that a worker reads the frame and the handler
 * handed to it.
 */
final class ThriftConnection extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(ClientRpcServer.class);

  /**
   * A frame is received into a pooled array that holds it, else into one of at most this size,
   * grown as bytes arrive: a length claim alone never allocates more.
   */
  private static final int INITIAL_BODY_BYTES = 64 * 1024;

  private static final int HEADER_BYTES = 4;
  private static final byte STRICT_BINARY_FIRST_BYTE = (byte) 0x80;
  private static final byte COMPACT_FIRST_BYTE = (byte) 0x82;
  private static final byte TLS_HANDSHAKE_FIRST_BYTE = 0x16;

  private static final TProtocolFactory BINARY = new TBinaryProtocol.Factory();
  private static final TProtocolFactory COMPACT = new TCompactProtocol.Factory();

  private final ClientRpcServer.Shared server;
  private String remote = "?";
  private ConnectionHandler handler;
  private boolean admitted;
  private TProtocolFactory protocol;
  private ByteBuf pending;
  private byte[] body;
  private int expected;
  private int filled;
  private boolean busy;
  private boolean inactive;
  private boolean rejected;
  private boolean handlerClosed;

  ThriftConnection(ClientRpcServer.Shared server) {
    this.server = server;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    SocketAddress address = ctx.channel().remoteAddress();
    remote = describe(address);
    if (!server.admit(ctx.channel())) {
      LOG.warn(
          "Refusing client connection from {}: the limit of {} open connections is reached",
          remote,
          server.maxConnections());
      rejected = true;
      ctx.close();
      return;
    }
    admitted = true;
    try {
      handler = server.handlers().open(address);
    } catch (RuntimeException e) {
      LOG.error("Cannot serve client connection from {}", remote, e);
      rejected = true;
      ctx.close();
      return;
    }
    LOG.debug("Client connection from {} opened", remote);
    super.channelActive(ctx);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    inactive = true;
    releasePending();
    server.frames().give(body);
    body = null;
    if (admitted) {
      server.release(ctx.channel());
      admitted = false;
    }
    if (!busy) {
      closeHandler();
    }
    LOG.debug("Client connection from {} closed", remote);
    super.channelInactive(ctx);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf in = (ByteBuf) msg;
    try {
      if (rejected || inactive) {
        return;
      }
      if (busy || pending != null) {
        stash(ctx, in);
        if (!busy) {
          consume(ctx, pending);
          compactPending();
        }
      } else {
        consume(ctx, in);
        if (in.isReadable() && !rejected) {
          stash(ctx, in);
        }
      }
    } finally {
      in.release();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof java.io.IOException) {
      // Resets and broken pipes are how clients usually leave; nothing a person needs to see.
      LOG.debug("Client connection from {} failed: {}", remote, cause.toString());
    } else {
      LOG.warn("Closing client connection from {}: {}", remote, cause.toString());
    }
    ctx.close();
  }

  /** Reads frames out of {@code src} until it runs dry or a request is handed to a worker. */
  private void consume(ChannelHandlerContext ctx, ByteBuf src) {
    while (!busy && !rejected && src.isReadable()) {
      if (body == null && !startFrame(ctx, src)) {
        return;
      }
      int n = Math.min(src.readableBytes(), expected - filled);
      if (filled + n > body.length) {
        int grown = (int) Math.min(expected, Math.max((long) body.length * 2, filled + n));
        byte[] smaller = body;
        body = Arrays.copyOf(body, grown);
        server.frames().give(smaller);
      }
      src.readBytes(body, filled, n);
      filled += n;
      if (filled == expected) {
        byte[] frame = body;
        body = null;
        dispatch(ctx, frame, expected);
      }
    }
  }

  /**
   * Reads a frame header once the header and the message's first byte have arrived; checks both
   * before allocating anything. Returns false if more bytes are needed or the connection was
   * rejected.
   */
  private boolean startFrame(ChannelHandlerContext ctx, ByteBuf src) {
    if (src.readableBytes() < HEADER_BYTES + 1) {
      return false;
    }
    int length = src.getInt(src.readerIndex());
    byte first = src.getByte(src.readerIndex() + HEADER_BYTES);
    String problem = checkFrameStart(length, first, src.getByte(src.readerIndex()));
    if (problem != null) {
      reject(ctx, problem);
      return false;
    }
    src.skipBytes(HEADER_BYTES);
    expected = length;
    filled = 0;
    body = server.frames().take(length, Math.min(length, INITIAL_BODY_BYTES));
    return true;
  }

  private String checkFrameStart(int length, byte first, byte streamFirst) {
    TProtocolFactory sniffed =
        first == STRICT_BINARY_FIRST_BYTE ? BINARY : first == COMPACT_FIRST_BYTE ? COMPACT : null;
    if (sniffed == null) {
      if (protocol == null && streamFirst == TLS_HANDSHAKE_FIRST_BYTE) {
        return "the client starts a TLS handshake, but the client service does not use TLS";
      }
      return String.format(
          "not a framed Thrift binary or compact message (length %d, first byte 0x%02x)",
          length, first & 0xff);
    }
    if (protocol != null && sniffed != protocol) {
      return "the client switched between the binary and the compact protocol";
    }
    if (length > server.maxFrameBytes()) {
      return "a frame of "
          + length
          + " bytes exceeds the client service's limit of "
          + server.maxFrameBytes()
          + " bytes";
    }
    protocol = sniffed;
    return null;
  }

  private void dispatch(ChannelHandlerContext ctx, byte[] frame, int length) {
    busy = true;
    ctx.channel().config().setAutoRead(false);
    TProtocolFactory factory = protocol;
    ConnectionHandler target = handler;
    try {
      server.workers().execute(() -> process(ctx, target, factory, frame, length));
    } catch (RejectedExecutionException e) {
      busy = false;
      reject(ctx, "the client service is stopping");
    }
  }

  /** Runs on a worker thread. */
  private void process(
      ChannelHandlerContext ctx,
      ConnectionHandler target,
      TProtocolFactory factory,
      byte[] frame,
      int length) {
    FrameOutputTransport reply = null;
    String failure = null;
    try {
      TMemoryInputTransport in = new TMemoryInputTransport(server.thriftConfig(), frame, 0, length);
      reply = new FrameOutputTransport(server.thriftConfig(), 1024);
      target.processor().process(factory.getProtocol(in), factory.getProtocol(reply));
    } catch (TException e) {
      failure = "unreadable request: " + e.getMessage();
    } catch (RuntimeException | OutOfMemoryError e) {
      // Out of memory is most likely this request's own doing (a huge frame or reply); dropping
      // the connection frees what it holds, and the server goes on.
      LOG.error("Client request from {} failed unexpectedly", remote, e);
      failure = "request failed unexpectedly: " + e;
    } catch (Error e) {
      finish(ctx, null, "request failed fatally: " + e, frame);
      throw e;
    }
    finish(ctx, reply, failure, frame);
  }

  /** Hands the outcome of a request back to the event loop. */
  private void finish(
      ChannelHandlerContext ctx, FrameOutputTransport reply, String failure, byte[] frame) {
    try {
      ctx.executor().execute(() -> afterRequest(ctx, reply, failure, frame));
    } catch (RejectedExecutionException e) {
      closeHandler();
    }
  }

  /**
   * Runs on the event loop once the request is done. The frame goes back to the pool: nothing of
   * the request outlives it (Thrift's binary fields are views of the frame, but every call decodes
   * or copies them before it returns).
   */
  private void afterRequest(
      ChannelHandlerContext ctx, FrameOutputTransport reply, String failure, byte[] frame) {
    server.frames().give(frame);
    busy = false;
    if (inactive) {
      closeHandler();
      return;
    }
    if (failure != null) {
      reject(ctx, failure);
      return;
    }
    ctx.writeAndFlush(Unpooled.wrappedBuffer(reply.finish(), 0, reply.length()))
        .addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    if (pending != null) {
      consume(ctx, pending);
      compactPending();
    }
    if (!busy && !rejected) {
      ctx.channel().config().setAutoRead(true);
    }
  }

  private void reject(ChannelHandlerContext ctx, String reason) {
    LOG.warn("Closing client connection from {}: {}", remote, reason);
    rejected = true;
    body = null;
    releasePending();
    ctx.close();
  }

  private void closeHandler() {
    if (handler != null && !handlerClosed) {
      handlerClosed = true;
      try {
        handler.closed();
      } catch (RuntimeException e) {
        LOG.error("Releasing the session of client connection {} failed", remote, e);
      }
    }
  }

  private void stash(ChannelHandlerContext ctx, ByteBuf in) {
    if (!in.isReadable()) {
      return;
    }
    if (pending == null) {
      pending = ctx.alloc().heapBuffer(Math.max(256, in.readableBytes()));
    }
    pending.writeBytes(in);
  }

  private void compactPending() {
    if (pending == null) {
      return;
    }
    if (!pending.isReadable()) {
      releasePending();
    } else {
      pending.discardReadBytes();
    }
  }

  private void releasePending() {
    if (pending != null) {
      pending.release();
      pending = null;
    }
  }

  private static String describe(SocketAddress address) {
    if (address instanceof InetSocketAddress inet) {
      return inet.getHostString() + ":" + inet.getPort();
    }
    return String.valueOf(address);
  }
}
