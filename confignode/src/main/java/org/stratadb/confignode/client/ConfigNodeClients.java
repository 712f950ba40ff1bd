package org.stratadb.confignode.client;

import java.time.Duration;
import org.apache.thrift.TException;
import org.stratadb.commons.net.HostPort;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.IConfigNodeRPCService;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatReq;
import org.stratadb.protocol.confignode.TConfigNodeHeartbeatResp;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterResp;

/** What a ConfigNode asks of other ConfigNodes. Thread-safe. */
public final class ConfigNodeClients implements AutoCloseable {
  private final ThriftClientPool<IConfigNodeRPCService.Client> pool =
      new ThriftClientPool<>(IConfigNodeRPCService.Client::new);

  public TConfigNodeRegisterResp register(
      HostPort node, TConfigNodeRegisterReq req, Duration timeout) throws TException {
    return pool.call(node, timeout, c -> c.registerConfigNode(req));
  }

  public TSStatus join(HostPort node, TConfigNodeJoinReq req, Duration timeout) throws TException {
    return pool.call(node, timeout, c -> c.joinConfigNodeGroup(req));
  }

  public TConfigNodeHeartbeatResp heartbeat(
      HostPort node, TConfigNodeHeartbeatReq req, Duration timeout) throws TException {
    return pool.call(node, timeout, c -> c.configNodeHeartbeat(req));
  }

  @Override
  public void close() {
    pool.close();
  }
}
