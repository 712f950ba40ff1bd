package org.stratadb.query.spi;

/** Finds the reader of a data region. */
public interface RegionAccess {

  /**
   * The reader of region {@code regionId}.
   *
   * @throws org.stratadb.commons.error.StrataException when the region is unknown or unreachable
   */
  RegionReader reader(int regionId);
}
