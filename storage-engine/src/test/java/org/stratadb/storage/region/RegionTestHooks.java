package org.stratadb.storage.region;

import org.stratadb.storage.api.DataRegion;

/** Reaches package-private region internals from tests in other packages. */
public final class RegionTestHooks {

  private RegionTestHooks() {}

  /** Runs a round of TTL removal and compaction on the caller's thread. */
  public static void runMaintenance(DataRegion region) {
    ((DataRegionImpl) region).runMaintenance();
  }
}
