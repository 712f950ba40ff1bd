package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.ast.AlignedMeasurement;
import org.stratadb.query.sql.ast.CountDevices;
import org.stratadb.query.sql.ast.CountNodes;
import org.stratadb.query.sql.ast.CountTimeseries;
import org.stratadb.query.sql.ast.CreateAlignedTimeseries;
import org.stratadb.query.sql.ast.CreateTimeseries;
import org.stratadb.query.sql.ast.DropTimeseries;
import org.stratadb.query.sql.ast.ShowChildNodes;
import org.stratadb.query.sql.ast.ShowChildPaths;
import org.stratadb.query.sql.ast.ShowDevices;
import org.stratadb.query.sql.ast.ShowTimeseries;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.grammar.StrataSqlParser.AlignedMeasurementsContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CountDevicesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CountNodesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CountTimeseriesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CreateAlignedTimeseriesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CreateNonAlignedTimeseriesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DropTimeseriesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PrefixPathContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowChildNodesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowChildPathsContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowDevicesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowTimeseriesContext;

/** Timeseries and devices: CREATE [ALIGNED] / DROP TIMESERIES, SHOW and COUNT statements. */
final class TimeseriesStatements {
  private static final PartialPath ROOT = PartialPath.of(PartialPath.ROOT);

  private final SeriesSpecBuilder specs;

  TimeseriesStatements(BuildContext context) {
    this.specs = new SeriesSpecBuilder(context.literals);
  }

  Statement create(CreateNonAlignedTimeseriesContext ctx) {
    return new CreateTimeseries(
        Names.fullPath(ctx.fullPath()), specs.build(ctx.attributeClauses()));
  }

  Statement createAligned(CreateAlignedTimeseriesContext ctx) {
    List<AlignedMeasurement> measurements = new ArrayList<>();
    AlignedMeasurementsContext list = ctx.alignedMeasurements();
    if (list != null) {
      for (int i = 0; i < list.nodeNameWithoutWildcard().size(); i++) {
        measurements.add(
            new AlignedMeasurement(
                Names.nodeName(list.nodeNameWithoutWildcard(i)),
                specs.build(list.attributeClauses(i))));
      }
    }
    return new CreateAlignedTimeseries(Names.fullPath(ctx.fullPath()), measurements);
  }

  static Statement drop(DropTimeseriesContext ctx) {
    return new DropTimeseries(Names.prefixPaths(ctx.prefixPath()));
  }

  static Statement show(ShowTimeseriesContext ctx) {
    return new ShowTimeseries(
        DatabaseStatements.patternOrAll(ctx.prefixPath()),
        ctx.LATEST() != null,
        Paginations.rows(ctx.rowPaginationClause()));
  }

  static Statement showDevices(ShowDevicesContext ctx) {
    return new ShowDevices(
        DatabaseStatements.patternOrAll(ctx.prefixPath()),
        ctx.WITH() != null,
        Paginations.rows(ctx.rowPaginationClause()));
  }

  static Statement showChildPaths(ShowChildPathsContext ctx) {
    return new ShowChildPaths(patternOrRoot(ctx.prefixPath()));
  }

  static Statement showChildNodes(ShowChildNodesContext ctx) {
    return new ShowChildNodes(patternOrRoot(ctx.prefixPath()));
  }

  static Statement count(CountTimeseriesContext ctx) {
    OptionalInt level =
        ctx.LEVEL() == null
            ? OptionalInt.empty()
            : OptionalInt.of(Literals.nonNegativeInt(ctx.INTEGER_LITERAL(), LEVEL_RANGE));
    return new CountTimeseries(DatabaseStatements.patternOrAll(ctx.prefixPath()), level);
  }

  static Statement countDevices(CountDevicesContext ctx) {
    return new CountDevices(DatabaseStatements.patternOrAll(ctx.prefixPath()));
  }

  static Statement countNodes(CountNodesContext ctx) {
    return new CountNodes(
        Names.prefixPath(ctx.prefixPath()),
        Literals.nonNegativeInt(ctx.INTEGER_LITERAL(), LEVEL_RANGE));
  }

  private static final String LEVEL_RANGE = "LEVEL is out of range";

  private static PartialPath patternOrRoot(PrefixPathContext ctx) {
    return ctx == null ? ROOT : Names.prefixPath(ctx);
  }
}
