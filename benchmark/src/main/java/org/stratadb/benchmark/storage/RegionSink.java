package org.stratadb.benchmark.storage;

import org.stratadb.storage.api.DataRegion;

/** StrataDB as an {@link IngestLoop.Sink}: one {@code write} per tablet, a flush at the end. */
final class RegionSink implements IngestLoop.Sink {
  private final DataRegion region;

  RegionSink(DataRegion region) {
    this.region = region;
  }

  @Override
  public void write(int device, TabletData data) throws Exception {
    region.write(data.strataTablet(device));
  }

  @Override
  public void finish() throws Exception {
    region.flush();
  }
}
