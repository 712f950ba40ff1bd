package org.stratadb.consensus.ratis;

import java.time.Duration;

/**
 * Ratis knobs that are not part of {@link org.stratadb.consensus.api.ConsensusSettings}: election
 * timing and log segments. {@link #defaults()} suits a production cluster; tests use faster
 * elections and small segments so that snapshots replace the log quickly.
 *
 * @param electionTimeoutMin lower bound of the randomized follower timeout before an election
 * @param electionTimeoutMax upper bound of that timeout
 * @param logSegmentSizeMax a log segment is closed (and can be purged after a snapshot) at this
 *     size
 * @param logPurgeGap purge the log only once at least this many entries can go
 */
public record RatisTuning(
    Duration electionTimeoutMin,
    Duration electionTimeoutMax,
    long logSegmentSizeMax,
    int logPurgeGap) {

  public RatisTuning {
    if (electionTimeoutMin == null
        || electionTimeoutMax == null
        || electionTimeoutMin.isNegative()
        || electionTimeoutMin.isZero()
        || electionTimeoutMax.compareTo(electionTimeoutMin) <= 0) {
      throw new IllegalArgumentException(
          "election timeouts need 0 < min < max: "
              + electionTimeoutMin
              + ", "
              + electionTimeoutMax);
    }
    if (logSegmentSizeMax < 1024) {
      throw new IllegalArgumentException("log segments must be at least 1 KiB");
    }
    if (logPurgeGap < 1) {
      throw new IllegalArgumentException("the log purge gap must be positive");
    }
  }

  /** Elections after 2-4 s of silence, 24 MiB log segments, purge in steps of 1024 entries. */
  public static RatisTuning defaults() {
    return new RatisTuning(Duration.ofSeconds(2), Duration.ofSeconds(4), 24L << 20, 1024);
  }
}
