package org.stratadb.consensus.ratis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;
import org.stratadb.consensus.api.ConsensusSettings;

/** Builds the Ratis server and client properties from our settings. */
final class RatisProperties {
  /** Pause between attempts when no leader is known yet. */
  static final Duration RETRY_PAUSE = Duration.ofMillis(50);

  /** Snapshots kept per group: the newest, and one more for a follower still copying it. */
  static final int SNAPSHOTS_RETAINED = 2;

  private static final long PREALLOCATED_MAX = 4L << 20;

  private RatisProperties() {}

  static RaftProperties server(ConsensusSettings settings, RatisTuning tuning, Path ratisDir) {
    RaftProperties p = new RaftProperties();
    RaftConfigKeys.Rpc.setType(p, SupportedRpcType.GRPC);
    GrpcConfigKeys.Server.setHost(p, settings.endpoint().host());
    GrpcConfigKeys.Server.setPort(p, settings.endpoint().port());
    RaftServerConfigKeys.setStorageDir(p, List.of(ratisDir.toFile()));

    TimeDuration min = millis(tuning.electionTimeoutMin());
    TimeDuration max = millis(tuning.electionTimeoutMax());
    RaftServerConfigKeys.Rpc.setTimeoutMin(p, min);
    RaftServerConfigKeys.Rpc.setTimeoutMax(p, max);
    // A fresh group elects sooner; a running one waits the full timeout before suspecting.
    RaftServerConfigKeys.Rpc.setFirstElectionTimeoutMin(
        p, millis(tuning.electionTimeoutMin().dividedBy(2)));
    RaftServerConfigKeys.Rpc.setFirstElectionTimeoutMax(p, min);
    RaftServerConfigKeys.LeaderElection.setPreVote(p, true);

    RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(p, true);
    RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(p, settings.snapshotEveryEntries());
    RaftServerConfigKeys.Snapshot.setTriggerWhenStopEnabled(p, false);
    RaftServerConfigKeys.Snapshot.setTriggerWhenRemoveEnabled(p, false);
    RaftServerConfigKeys.Snapshot.setCreationGap(p, 1);
    RaftServerConfigKeys.Snapshot.setRetentionFileNum(p, SNAPSHOTS_RETAINED);
    RaftServerConfigKeys.Log.Appender.setInstallSnapshotEnabled(p, true);

    RaftServerConfigKeys.Log.setSegmentSizeMax(p, SizeInBytes.valueOf(tuning.logSegmentSizeMax()));
    RaftServerConfigKeys.Log.setPreallocatedSize(
        p, SizeInBytes.valueOf(Math.min(PREALLOCATED_MAX, tuning.logSegmentSizeMax())));
    RaftServerConfigKeys.Log.setPurgeUptoSnapshotIndex(p, true);
    RaftServerConfigKeys.Log.setPurgeGap(p, tuning.logPurgeGap());

    RaftServerConfigKeys.Read.setOption(p, RaftServerConfigKeys.Read.Option.LINEARIZABLE);
    RaftServerConfigKeys.Read.setLeaderLeaseEnabled(p, true);
    RaftServerConfigKeys.Read.setTimeout(p, millis(settings.requestTimeout()));
    return p;
  }

  static RaftProperties client(ConsensusSettings settings) {
    RaftProperties p = new RaftProperties();
    RaftConfigKeys.Rpc.setType(p, SupportedRpcType.GRPC);
    RaftClientConfigKeys.Rpc.setRequestTimeout(p, millis(settings.requestTimeout()));
    return p;
  }

  static TimeDuration millis(Duration d) {
    return TimeDuration.valueOf(d.toMillis(), TimeUnit.MILLISECONDS);
  }
}
