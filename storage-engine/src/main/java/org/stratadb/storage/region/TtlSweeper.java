package org.stratadb.storage.region;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Removes sealed files whose every point has outlived its TTL. Reads already skip expired points;
 * this frees the disk. Files only partly expired are left to compaction, which drops the expired
 * points as it rewrites them.
 */
final class TtlSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(TtlSweeper.class);

  private final RegionState state;
  private final TtlRules ttl;
  private final EngineServices services;

  TtlSweeper(RegionState state, TtlRules ttl, EngineServices services) {
    this.state = state;
    this.ttl = ttl;
    this.services = services;
  }

  /** Returns how many files were removed. */
  int sweep() {
    if (ttl.isEmpty()) {
      return 0;
    }
    long now = services.nowMillis();
    List<TsFileHandle> expired = new ArrayList<>();
    state.lock.writeLock().lock();
    try {
      for (TsFileHandle handle : state.files.all()) {
        if (whollyExpired(handle.resource(), now)) {
          state.files.remove(handle);
          expired.add(handle);
        }
      }
    } finally {
      state.lock.writeLock().unlock();
    }
    for (TsFileHandle handle : expired) {
      services.readers().remove(handle.path());
      handle.markRemoved();
      LOG.info("Removed {}: every point in it is past its TTL", handle.path());
    }
    return expired.size();
  }

  private boolean whollyExpired(TsFileResource resource, long now) {
    for (String device : resource.devices()) {
      if (resource.endTime(device) >= ttl.visibleFrom(device, now)) {
        return false;
      }
    }
    return true;
  }
}
