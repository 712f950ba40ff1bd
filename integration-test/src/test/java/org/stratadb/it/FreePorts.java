package org.stratadb.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Free TCP ports on 127.0.0.1, each handed out once: the system picks them (bind to port 0), and
 * all sockets of one request stay open until all are picked, so that they differ.
 */
public final class FreePorts {
  private final Set<Integer> handedOut = new HashSet<>();

  /** {@code count} distinct ports that were free a moment ago. */
  public synchronized int[] take(int count) {
    List<ServerSocket> open = new ArrayList<>();
    int[] ports = new int[count];
    try {
      int found = 0;
      for (int attempt = 0; found < count && attempt < count * 20; attempt++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        open.add(socket);
        if (handedOut.add(socket.getLocalPort())) {
          ports[found++] = socket.getLocalPort();
        }
      }
      if (found < count) {
        throw new IllegalStateException("could not find " + count + " free ports");
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket socket : open) {
        try {
          socket.close();
        } catch (IOException e) {
          // nothing to do: the port is free either way
        }
      }
    }
  }

  public int take() {
    return take(1)[0];
  }
}
