package org.stratadb.query.analyze;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.IllegalPathException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.spi.SchemaLookup;
import org.stratadb.query.spi.SeriesSchema;

/** Expands path patterns into {@link Expr.Series} through the schema. */
public final class SeriesResolver {
  private final SchemaLookup schema;

  public SeriesResolver(SchemaLookup schema) {
    this.schema = schema;
  }

  /**
   * The series a full path (pattern) names, each displayed as the pattern named it: with the alias
   * when the pattern's last node is the series' alias.
   */
  public List<Expr.Series> resolve(PartialPath pattern) {
    List<Expr.Series> out = new ArrayList<>();
    for (SeriesSchema series : schema.matchSeries(pattern)) {
      out.add(new Expr.Series(series, display(pattern, series)));
    }
    return out;
  }

  /** Parses and resolves a full path given as text. */
  public List<Expr.Series> resolve(String path) {
    return resolve(parse(path));
  }

  static PartialPath parse(String path) {
    try {
      return PartialPath.parseFull(path);
    } catch (IllegalPathException e) {
      throw new StrataException(StatusCode.ILLEGAL_PATH, e.getMessage(), e);
    }
  }

  private static String display(PartialPath pattern, SeriesSchema series) {
    String last = pattern.lastNode();
    boolean byAlias =
        series.alias() != null
            && !last.equals(series.measurement())
            && PathMatch.nodeMatches(last, series.alias())
            && !PathMatch.nodeMatches(last, series.measurement());
    return byAlias ? series.device().child(series.alias()).toString() : series.path().toString();
  }
}
