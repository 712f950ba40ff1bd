package org.stratadb.confignode;

import java.time.Clock;
import java.time.Duration;
import org.stratadb.confignode.consensus.ConsensusProvider;

/**
 * How a ConfigNode runs beyond its configuration files: seams for tests (clock, consensus) and the
 * bounds of its waits. {@link #defaults()} is what the process uses.
 *
 * @param unknownAfterHeartbeats a node becomes Unknown after this many heartbeat intervals without
 *     an answer
 * @param leaderWait how long a request waits for a leader to be elected before it is answered
 * @param registrationAttempts tries to reach the seed ConfigNode (and then the leader) when joining
 * @param registrationRetryDelay pause between two such tries
 * @param dataNodeRequestTimeout bound on creating or deleting a region on a DataNode
 * @param startupTimeout bound on becoming leader of a new cluster, and on joining one
 * @param snapshotEveryEntries snapshot the state after this many commands
 * @param consensusRequestTimeout bound on one consensus write or membership change
 */
public record ConfigNodeOptions(
    Clock clock,
    ConsensusProvider consensus,
    int unknownAfterHeartbeats,
    Duration leaderWait,
    int registrationAttempts,
    Duration registrationRetryDelay,
    Duration dataNodeRequestTimeout,
    Duration startupTimeout,
    long snapshotEveryEntries,
    Duration consensusRequestTimeout) {

  public static ConfigNodeOptions defaults() {
    return new ConfigNodeOptions(
        Clock.systemUTC(),
        DefaultConsensusProvider.INSTANCE,
        3,
        Duration.ofSeconds(5),
        60,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        Duration.ofSeconds(60),
        10_000,
        Duration.ofSeconds(30));
  }

  public ConfigNodeOptions withClock(Clock c) {
    return new ConfigNodeOptions(
        c,
        consensus,
        unknownAfterHeartbeats,
        leaderWait,
        registrationAttempts,
        registrationRetryDelay,
        dataNodeRequestTimeout,
        startupTimeout,
        snapshotEveryEntries,
        consensusRequestTimeout);
  }

  public ConfigNodeOptions withConsensus(ConsensusProvider p) {
    return new ConfigNodeOptions(
        clock,
        p,
        unknownAfterHeartbeats,
        leaderWait,
        registrationAttempts,
        registrationRetryDelay,
        dataNodeRequestTimeout,
        startupTimeout,
        snapshotEveryEntries,
        consensusRequestTimeout);
  }

  public ConfigNodeOptions withUnknownAfterHeartbeats(int n) {
    return new ConfigNodeOptions(
        clock,
        consensus,
        n,
        leaderWait,
        registrationAttempts,
        registrationRetryDelay,
        dataNodeRequestTimeout,
        startupTimeout,
        snapshotEveryEntries,
        consensusRequestTimeout);
  }

  public ConfigNodeOptions withRegistration(int attempts, Duration retryDelay) {
    return new ConfigNodeOptions(
        clock,
        consensus,
        unknownAfterHeartbeats,
        leaderWait,
        attempts,
        retryDelay,
        dataNodeRequestTimeout,
        startupTimeout,
        snapshotEveryEntries,
        consensusRequestTimeout);
  }

  public ConfigNodeOptions withSnapshotEveryEntries(long n) {
    return new ConfigNodeOptions(
        clock,
        consensus,
        unknownAfterHeartbeats,
        leaderWait,
        registrationAttempts,
        registrationRetryDelay,
        dataNodeRequestTimeout,
        startupTimeout,
        n,
        consensusRequestTimeout);
  }
}
