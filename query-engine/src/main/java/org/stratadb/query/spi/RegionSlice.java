package org.stratadb.query.spi;

import java.util.Objects;
import org.stratadb.storage.api.TimeRange;

/**
 * The data of a device in {@code range} lives in data region {@code regionId}.
 *
 * @param regionId the id of the data region (consensus group id)
 * @param range the times the region holds for the device, clipped to what was asked
 */
public record RegionSlice(int regionId, TimeRange range) {
  public RegionSlice {
    Objects.requireNonNull(range, "range");
  }
}
