package org.stratadb.datanode.rpc.client;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.stratadb.commons.cluster.TimestampPrecision;

/**
 * What {@code getProperties} tells clients about this server; the CLI prints version, build info
 * and logo at login, and {@code Session.getTimestampPrecision()} reads the precision.
 *
 * @param version the server version clients see
 * @param buildInfo a short build description, e.g. the commit
 * @param logo ASCII art shown by the CLI
 * @param maxConcurrentClientNum reported as is (see {@link ClientRpcLimits#maxConnections()})
 * @param thriftMaxFrameSize reported as is (see {@link ClientRpcLimits#maxFrameBytes()})
 * @param readOnly whether the node refuses writes right now
 */
public record ClientServiceInfo(
    String version,
    String buildInfo,
    String logo,
    TimestampPrecision timestampPrecision,
    int maxConcurrentClientNum,
    int thriftMaxFrameSize,
    BooleanSupplier readOnly) {

  public static final String DEFAULT_LOGO =
      String.join(
          "\n",
          "  ____  _             _        ____  ____",
          " / ___|| |_ _ __ __ _| |_ __ _|  _ \\| __ )",
          " \\___ \\| __| '__/ _` | __/ _` | | | |  _ \\",
          "  ___) | |_| | | (_| | || (_| | |_| | |_) |",
          " |____/ \\__|_|  \\__,_|\\__\\__,_|____/|____/",
          "");

  public ClientServiceInfo {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(timestampPrecision, "timestampPrecision");
    Objects.requireNonNull(readOnly, "readOnly");
    buildInfo = buildInfo == null ? "" : buildInfo;
    logo = logo == null ? DEFAULT_LOGO : logo;
  }

  /** A writable node with the default logo, reporting the limits it serves with. */
  public static ClientServiceInfo of(
      String version, TimestampPrecision precision, ClientRpcLimits limits) {
    return new ClientServiceInfo(
        version,
        "",
        DEFAULT_LOGO,
        precision,
        limits.maxConnections(),
        limits.maxFrameBytes(),
        () -> false);
  }
}
