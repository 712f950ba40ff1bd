package org.stratadb.datanode.rpc.client;

import org.apache.thrift.TConfiguration;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.protocol.TCompactProtocol;
import org.apache.thrift.protocol.TProtocol;
import org.apache.thrift.transport.TSocket;
import org.apache.thrift.transport.TTransport;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.protocol.client.IClientRPCService;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;

/** Our generated Thrift client on a framed socket, binary or compact. */
final class TestClient implements AutoCloseable {
  static final int MAX_FRAME = 512 * 1024 * 1024;

  final IClientRPCService.Client rpc;
  final TProtocol protocol;
  private final TTransport transport;

  private TestClient(TTransport transport, TProtocol protocol) {
    this.transport = transport;
    this.protocol = protocol;
    this.rpc = new IClientRPCService.Client(protocol);
  }

  static TestClient connect(int port, boolean compact) throws TTransportException {
    TConfiguration config = new TConfiguration(MAX_FRAME + 4, MAX_FRAME, 64);
    TSocket socket = new TSocket(config, "127.0.0.1", port, 10_000);
    TTransport framed = new TFramedTransport(socket, MAX_FRAME);
    framed.open();
    TProtocol protocol = compact ? new TCompactProtocol(framed) : new TBinaryProtocol(framed);
    return new TestClient(framed, protocol);
  }

  /** Connects and logs in as root. */
  static TestClient login(int port, boolean compact) throws Exception {
    TestClient client = connect(port, compact);
    TSOpenSessionResp resp = client.rpc.openSession(openReq("root", "root"));
    if (resp.getStatus().getCode() != 200) {
      client.close();
      throw new IllegalStateException("login failed: " + resp.getStatus());
    }
    client.sessionId = resp.getSessionId();
    return client;
  }

  long sessionId;

  static TSOpenSessionReq openReq(String user, String password) {
    return new TSOpenSessionReq(TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3, "UTC", user)
        .setPassword(password);
  }

  @Override
  public void close() {
    transport.close();
  }
}
