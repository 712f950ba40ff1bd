package org.stratadb.consensus;

import java.time.Duration;
import org.stratadb.consensus.ratis.RatisTuning;

/** Ratis timing for tests: quick elections, tiny log segments so that snapshots purge the log. */
final class RatisTestTuning {
  static final RatisTuning FAST =
      new RatisTuning(Duration.ofMillis(400), Duration.ofMillis(800), 1024, 1);

  private RatisTestTuning() {}
}
