package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.query.sql.ParseOptions;
import org.stratadb.query.sql.ast.ShowCluster;
import org.stratadb.query.sql.ast.ShowClusterId;
import org.stratadb.query.sql.ast.ShowConfigNodes;
import org.stratadb.query.sql.ast.ShowDataNodes;
import org.stratadb.query.sql.ast.ShowVariables;
import org.stratadb.query.sql.ast.ShowVersion;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.grammar.StrataSqlParser.StatementContext;
import org.stratadb.query.sql.grammar.StrataSqlParserBaseVisitor;

/**
 * Turns a parse tree into AST statements: dispatches each statement rule to the builder of its
 * family ({@link DatabaseStatements}, {@link TimeseriesStatements}, {@link SelectBuilder}, {@link
 * WriteStatements}, {@link ClusterStatements}). One instance builds the statements of one parse
 * call.
 */
public final class StatementBuilder extends StrataSqlParserBaseVisitor<Statement> {
  private final TimeseriesStatements timeseries;
  private final SelectBuilder select;
  private final WriteStatements writes;

  public StatementBuilder(ParseOptions options) {
    BuildContext context = new BuildContext(options);
    this.timeseries = new TimeseriesStatements(context);
    this.select = new SelectBuilder(context);
    this.writes = new WriteStatements(context);
  }

  // ---- Entry points ----

  @Override
  public Statement visitSingleStatement(StrataSqlParser.SingleStatementContext ctx) {
    return visit(ctx.statement());
  }

  /** The statements of a script, in order. */
  public List<Statement> buildAll(StrataSqlParser.StatementListContext ctx) {
    List<Statement> statements = new ArrayList<>();
    for (StatementContext statement : ctx.statement()) {
      statements.add(visit(statement));
    }
    return statements;
  }

  // ---- Databases ----

  @Override
  public Statement visitCreateDatabase(StrataSqlParser.CreateDatabaseContext ctx) {
    return DatabaseStatements.create(ctx);
  }

  @Override
  public Statement visitDropDatabase(StrataSqlParser.DropDatabaseContext ctx) {
    return DatabaseStatements.drop(ctx);
  }

  @Override
  public Statement visitShowDatabases(StrataSqlParser.ShowDatabasesContext ctx) {
    return DatabaseStatements.show(ctx);
  }

  @Override
  public Statement visitCountDatabases(StrataSqlParser.CountDatabasesContext ctx) {
    return DatabaseStatements.count(ctx);
  }

  @Override
  public Statement visitSetTtl(StrataSqlParser.SetTtlContext ctx) {
    return DatabaseStatements.setTtl(ctx);
  }

  @Override
  public Statement visitUnsetTtl(StrataSqlParser.UnsetTtlContext ctx) {
    return DatabaseStatements.unsetTtl(ctx);
  }

  @Override
  public Statement visitShowTtl(StrataSqlParser.ShowTtlContext ctx) {
    return DatabaseStatements.showTtl(ctx);
  }

  @Override
  public Statement visitShowAllTtl(StrataSqlParser.ShowAllTtlContext ctx) {
    return DatabaseStatements.showAllTtl();
  }

  // ---- Timeseries ----

  @Override
  public Statement visitCreateNonAlignedTimeseries(
      StrataSqlParser.CreateNonAlignedTimeseriesContext ctx) {
    return timeseries.create(ctx);
  }

  @Override
  public Statement visitCreateAlignedTimeseries(
      StrataSqlParser.CreateAlignedTimeseriesContext ctx) {
    return timeseries.createAligned(ctx);
  }

  @Override
  public Statement visitDropTimeseries(StrataSqlParser.DropTimeseriesContext ctx) {
    return TimeseriesStatements.drop(ctx);
  }

  @Override
  public Statement visitShowTimeseries(StrataSqlParser.ShowTimeseriesContext ctx) {
    return TimeseriesStatements.show(ctx);
  }

  @Override
  public Statement visitShowDevices(StrataSqlParser.ShowDevicesContext ctx) {
    return TimeseriesStatements.showDevices(ctx);
  }

  @Override
  public Statement visitShowChildPaths(StrataSqlParser.ShowChildPathsContext ctx) {
    return TimeseriesStatements.showChildPaths(ctx);
  }

  @Override
  public Statement visitShowChildNodes(StrataSqlParser.ShowChildNodesContext ctx) {
    return TimeseriesStatements.showChildNodes(ctx);
  }

  @Override
  public Statement visitCountTimeseries(StrataSqlParser.CountTimeseriesContext ctx) {
    return TimeseriesStatements.count(ctx);
  }

  @Override
  public Statement visitCountDevices(StrataSqlParser.CountDevicesContext ctx) {
    return TimeseriesStatements.countDevices(ctx);
  }

  @Override
  public Statement visitCountNodes(StrataSqlParser.CountNodesContext ctx) {
    return TimeseriesStatements.countNodes(ctx);
  }

  // ---- Data ----

  @Override
  public Statement visitSelectStatement(StrataSqlParser.SelectStatementContext ctx) {
    return select.build(ctx);
  }

  @Override
  public Statement visitInsertStatement(StrataSqlParser.InsertStatementContext ctx) {
    return writes.insert(ctx);
  }

  @Override
  public Statement visitDeleteStatement(StrataSqlParser.DeleteStatementContext ctx) {
    return writes.delete(ctx);
  }

  // ---- Cluster and utilities ----

  @Override
  public Statement visitShowCluster(StrataSqlParser.ShowClusterContext ctx) {
    return new ShowCluster(ctx.DETAILS() != null);
  }

  @Override
  public Statement visitShowClusterId(StrataSqlParser.ShowClusterIdContext ctx) {
    return new ShowClusterId();
  }

  @Override
  public Statement visitShowConfigNodes(StrataSqlParser.ShowConfigNodesContext ctx) {
    return new ShowConfigNodes();
  }

  @Override
  public Statement visitShowDataNodes(StrataSqlParser.ShowDataNodesContext ctx) {
    return new ShowDataNodes();
  }

  @Override
  public Statement visitShowRegions(StrataSqlParser.ShowRegionsContext ctx) {
    return ClusterStatements.showRegions(ctx);
  }

  @Override
  public Statement visitShowVariables(StrataSqlParser.ShowVariablesContext ctx) {
    return new ShowVariables();
  }

  @Override
  public Statement visitFlush(StrataSqlParser.FlushContext ctx) {
    return ClusterStatements.flush(ctx);
  }

  @Override
  public Statement visitShowVersion(StrataSqlParser.ShowVersionContext ctx) {
    return new ShowVersion();
  }
}
