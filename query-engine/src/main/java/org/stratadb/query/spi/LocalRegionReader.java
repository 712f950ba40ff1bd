package org.stratadb.query.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageException;

/** A region of this DataNode's storage engine; storage failures become STORAGE_ENGINE_ERROR. */
final class LocalRegionReader implements RegionReader {
  private final DataRegion region;

  LocalRegionReader(DataRegion region) {
    this.region = Objects.requireNonNull(region, "region");
  }

  @Override
  public BlockIterator scan(SeriesScan scan) {
    try {
      return region.scan(scan);
    } catch (StorageException e) {
      throw failed("scan of " + scan.device(), e);
    }
  }

  @Override
  public List<AggregationRow> aggregate(AggregationQuery query) {
    try {
      return region.aggregate(query);
    } catch (StorageException e) {
      throw failed("aggregation of " + query.device() + "." + query.measurement(), e);
    }
  }

  @Override
  public Optional<LastPoint> last(String device, String measurement, TSDataType type) {
    try {
      return region.last(device, measurement, type);
    } catch (StorageException e) {
      throw failed("last point of " + device + "." + measurement, e);
    }
  }

  private static StrataException failed(String what, StorageException e) {
    return new StrataException(
        StatusCode.STORAGE_ENGINE_ERROR, what + " failed: " + e.getMessage(), e);
  }
}
