package org.stratadb.query.spi;

import java.util.List;
import java.util.Optional;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.AggregationQuery;
import org.stratadb.storage.api.AggregationRow;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.api.SeriesScan;

/**
 * The reads of one data region, as the storage engine's {@link DataRegion} offers them. A local
 * region is wrapped with {@link #local}; a remote one may be read through another implementation.
 * Every method throws {@link org.stratadb.commons.error.StrataException} with the status code a
 * client should see.
 */
public interface RegionReader {

  BlockIterator scan(SeriesScan scan);

  List<AggregationRow> aggregate(AggregationQuery query);

  Optional<LastPoint> last(String device, String measurement, TSDataType type);

  static RegionReader local(DataRegion region) {
    return new LocalRegionReader(region);
  }
}
