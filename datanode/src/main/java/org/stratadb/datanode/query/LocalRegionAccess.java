package org.stratadb.datanode.query;

import org.stratadb.datanode.region.RegionManager;
import org.stratadb.query.spi.RegionAccess;
import org.stratadb.query.spi.RegionReader;

/** Reads the data regions hosted on this DataNode. */
public final class LocalRegionAccess implements RegionAccess {
  private final RegionManager regions;

  public LocalRegionAccess(RegionManager regions) {
    this.regions = regions;
  }

  @Override
  public RegionReader reader(int regionId) {
    return RegionReader.local(regions.requireDataRegion(regionId));
  }
}
