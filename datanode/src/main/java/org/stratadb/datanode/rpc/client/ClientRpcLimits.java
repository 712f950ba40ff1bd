package org.stratadb.datanode.rpc.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The resource limits of the client service.
 *
 * @param maxFrameBytes largest request frame accepted (IoTDB's {@code thrift_max_frame_size}); a
 *     client announcing a larger one is disconnected with a logged reason
 * @param maxConnections open connections at most (IoTDB's {@code rpc_max_concurrent_client_num});
 *     further ones are closed at once
 * @param workerThreads threads that run requests; at most this many requests run at a time, the
 *     others wait in line (a connection never has more than one request running)
 * @param ioThreads event-loop threads that read and write sockets
 * @param stopTimeout how long {@link ClientRpcServer#stop()} waits for running requests
 */
public record ClientRpcLimits(
    int maxFrameBytes, int maxConnections, int workerThreads, int ioThreads, Duration stopTimeout) {

  /** 512 MiB: the largest frame IoTDB's 1.3 clients read, and IoTDB's server default. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 512 * 1024 * 1024;

  public static final int DEFAULT_MAX_CONNECTIONS = 65_535;

  public ClientRpcLimits {
    if (maxFrameBytes < 1024) {
      throw new IllegalArgumentException("maxFrameBytes must be at least 1024: " + maxFrameBytes);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
    }
    if (workerThreads < 1) {
      throw new IllegalArgumentException("workerThreads must be positive: " + workerThreads);
    }
    if (ioThreads < 1) {
      throw new IllegalArgumentException("ioThreads must be positive: " + ioThreads);
    }
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  /**
   * IoTDB's frame and connection limits; two workers per core (at least 16) and up to four
   * event-loop threads, which is plenty: they only copy bytes.
   */
  public static ClientRpcLimits defaults() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new ClientRpcLimits(
        DEFAULT_MAX_FRAME_BYTES,
        DEFAULT_MAX_CONNECTIONS,
        Math.max(16, cores * 2),
        Math.min(4, cores),
        Duration.ofSeconds(10));
  }

  public ClientRpcLimits withMaxFrameBytes(int bytes) {
    return new ClientRpcLimits(bytes, maxConnections, workerThreads, ioThreads, stopTimeout);
  }

  public ClientRpcLimits withMaxConnections(int connections) {
    return new ClientRpcLimits(maxFrameBytes, connections, workerThreads, ioThreads, stopTimeout);
  }

  public ClientRpcLimits withWorkerThreads(int threads) {
    return new ClientRpcLimits(maxFrameBytes, maxConnections, threads, ioThreads, stopTimeout);
  }
}
