package org.stratadb.query.spi;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/** The part of the schema engine the query engine reads: which series a path pattern names. */
public interface SchemaLookup {

  /**
   * The concrete series matching {@code pattern} (a full path that may hold {@code *}, {@code **}
   * or {@code s*} nodes). A series matches when its full path does, or when its path with the alias
   * in place of the measurement does. Each series appears once, in a stable order (the schema tree
   * order: devices, then measurements, ascending). No match gives an empty list.
   *
   * @throws org.stratadb.commons.error.StrataException when the schema cannot be read
   */
  List<SeriesSchema> matchSeries(PartialPath pattern);
}
