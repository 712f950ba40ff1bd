package org.stratadb.session;

import java.util.List;

/**
 * What the server reports about itself ({@code getProperties}).
 *
 * @param version server version string, e.g. "1.3.2"
 * @param buildInfo build description, or null
 * @param logo banner text the CLI prints at login, or null
 * @param timestampPrecision "ms", "us" or "ns"
 * @param supportedTimeAggregationOperations aggregation names that yield a time
 * @param maxConcurrentClientNum the server's client limit
 * @param thriftMaxFrameSize the server's frame limit in bytes, or 0 if not reported
 * @param readOnly whether the server refuses writes
 */
public record ServerInfo(
    String version,
    String buildInfo,
    String logo,
    String timestampPrecision,
    List<String> supportedTimeAggregationOperations,
    int maxConcurrentClientNum,
    int thriftMaxFrameSize,
    boolean readOnly) {}
