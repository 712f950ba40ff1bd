package org.stratadb.datanode.rpc.client;

import java.net.SocketAddress;

/** Creates the {@link ConnectionHandler} of each accepted connection. Must be thread-safe. */
@FunctionalInterface
public interface ConnectionHandlerFactory {

  /**
   * @param remote the client's address, for logs and connection listings
   */
  ConnectionHandler open(SocketAddress remote);
}
