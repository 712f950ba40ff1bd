package org.stratadb.datanode.rpc.client;

import org.apache.thrift.TProcessor;

/**
 * What serves one client connection: the Thrift processor its requests go to, and the state it
 * keeps for that connection (its session). The server calls {@link #processor()} for one request at
 * a time and {@link #closed()} exactly once, after the last request has finished.
 */
public interface ConnectionHandler {

  TProcessor processor();

  /** The connection is gone; release its session and everything the session holds. */
  void closed();
}
