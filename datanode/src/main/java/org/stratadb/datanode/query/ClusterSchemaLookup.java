package org.stratadb.datanode.query;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.datanode.coordinator.schema.SchemaStatements;
import org.stratadb.query.spi.SchemaLookup;
import org.stratadb.query.spi.SeriesSchema;

/** Resolves the query engine's path patterns against this node's schema regions. */
public final class ClusterSchemaLookup implements SchemaLookup {
  private final SchemaStatements schema;

  public ClusterSchemaLookup(SchemaStatements schema) {
    this.schema = schema;
  }

  @Override
  public List<SeriesSchema> matchSeries(PartialPath pattern) {
    List<SeriesSchema> out = new ArrayList<>();
    for (org.stratadb.datanode.schema.SeriesSchema s : schema.matchSeries(pattern)) {
      out.add(new SeriesSchema(s.device(), s.measurement(), s.type(), s.aligned(), s.alias()));
    }
    return out;
  }
}
