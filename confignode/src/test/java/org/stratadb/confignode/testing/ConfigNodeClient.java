package org.stratadb.confignode.testing;

import org.apache.thrift.TConfiguration;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.protocol.confignode.IConfigNodeRPCService;

/** A test's connection to a ConfigNode's internal service. */
public final class ConfigNodeClient implements AutoCloseable {
  private final TTransport transport;
  public final IConfigNodeRPCService.Client rpc;

  public ConfigNodeClient(int port) throws TTransportException {
    TSocket socket = new TSocket(new TConfiguration(), "127.0.0.1", port, 30_000, 5_000);
    transport = new TFramedTransport(socket);
    transport.open();
    rpc = new IConfigNodeRPCService.Client(new TBinaryProtocol(transport));
  }

  @Override
  public void close() {
    transport.close();
  }
}
