package org.stratadb.confignode.testing;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.thrift.protocol.TBinaryProtocol;
import org.apache.thrift.server.TThreadPoolServer;
import org.apache.thrift.transport.TServerSocket;
import org.apache.thrift.transport.TTransportException;
import org.apache.thrift.transport.layered.TFramedTransport;
import org.stratadb.protocol.cluster.TConsensusGroupId;
import org.stratadb.protocol.cluster.TDataNodeLocation;
import org.stratadb.protocol.common.TEndPoint;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.datanode.IDataNodeInternalService;
import org.stratadb.protocol.datanode.TCreateRegionReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatReq;
import org.stratadb.protocol.datanode.TDataNodeHeartbeatResp;
import org.stratadb.protocol.datanode.TInvalidateCacheReq;

/**
 * A DataNode's internal service in a test: a real framed-binary Thrift server on a loopback port
 * that records what the ConfigNode asks and answers success. It can be stopped and started again on
 * the same port.
 */
public final class FakeDataNode implements IDataNodeInternalService.Iface, AutoCloseable {
  public final List<TCreateRegionReq> schemaRegions = new CopyOnWriteArrayList<>();
  public final List<TCreateRegionReq> dataRegions = new CopyOnWriteArrayList<>();
  public final List<TConsensusGroupId> deletedRegions = new CopyOnWriteArrayList<>();
  public final List<List<String>> invalidated = new CopyOnWriteArrayList<>();
  public final AtomicInteger heartbeats = new AtomicInteger();
  public final List<TConsensusGroupId> leading = new CopyOnWriteArrayList<>();

  private final int port;
  private final int rpcPort;
  private TServerSocket socket;
  private TThreadPoolServer server;
  private Thread thread;

  public FakeDataNode() {
    this.port = Ports.free();
    this.rpcPort = Ports.free();
  }

  public FakeDataNode start() throws TTransportException {
    socket =
        new TServerSocket(
            new TServerSocket.ServerSocketTransportArgs()
                .bindAddr(new InetSocketAddress("127.0.0.1", port)));
    TThreadPoolServer.Args args =
        new TThreadPoolServer.Args(socket)
            .processor(new IDataNodeInternalService.Processor<>(this))
            .transportFactory(new TFramedTransport.Factory())
            .protocolFactory(new TBinaryProtocol.Factory())
            .minWorkerThreads(1);
    args.stopTimeoutVal = 1;
    server = new TThreadPoolServer(args);
    thread = new Thread(server::serve, "fake-datanode-" + port);
    thread.setDaemon(true);
    thread.start();
    return this;
  }

  /** Where this node says it is; id -1 until registered. */
  public TDataNodeLocation location(int id) {
    return new TDataNodeLocation(
        id,
        new TEndPoint("127.0.0.1", rpcPort),
        new TEndPoint("127.0.0.1", port),
        new TEndPoint("127.0.0.1", rpcPort + 1),
        new TEndPoint("127.0.0.1", rpcPort + 2),
        new TEndPoint("127.0.0.1", rpcPort + 3));
  }

  private static TSStatus ok() {
    return new TSStatus(200);
  }

  @Override
  public TSStatus createSchemaRegion(TCreateRegionReq req) {
    schemaRegions.add(req);
    return ok();
  }

  @Override
  public TSStatus createDataRegion(TCreateRegionReq req) {
    dataRegions.add(req);
    return ok();
  }

  @Override
  public TSStatus deleteRegion(TConsensusGroupId regionId) {
    deletedRegions.add(regionId);
    return ok();
  }

  @Override
  public TDataNodeHeartbeatResp heartbeat(TDataNodeHeartbeatReq req) {
    heartbeats.incrementAndGet();
    return new TDataNodeHeartbeatResp(ok(), req.getTimestamp(), "Running")
        .setLeaderRegions(List.copyOf(leading));
  }

  @Override
  public TSStatus invalidateCaches(TInvalidateCacheReq req) {
    invalidated.add(req.getDatabases());
    return ok();
  }

  /** Stops answering; {@link #start} resumes on the same port. */
  public void stop() {
    if (server != null) {
      server.stop();
      socket.close();
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
