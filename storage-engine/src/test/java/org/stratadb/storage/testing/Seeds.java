package org.stratadb.storage.testing;

import java.util.Random;

/** Seeds of randomized tests: printed, and replayable with {@code -D<property>=<seed>}. */
public final class Seeds {

  private Seeds() {}

  /** The seed given as {@code -D<property>=...}, or a fresh one; printed either way. */
  public static long seed(String property) {
    String given = System.getProperty(property);
    long seed = given != null ? Long.parseLong(given) : new Random().nextLong();
    System.out.println("random seed: -D" + property + "=" + seed);
    return seed;
  }
}
