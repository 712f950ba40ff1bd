package org.stratadb.query.sql.ast;

/**
 * One parsed SQL statement of IoTDB's tree dialect: an immutable record per statement kind. Paths
 * are {@link org.stratadb.commons.path.PartialPath}s; expressions are trees of {@link
 * org.stratadb.query.sql.ast.expression.Expression}; time literals are already timestamps in the
 * cluster's precision.
 *
 * <p>Java 17 has no pattern-matching switch, so consumers that must handle every kind implement
 * {@link StatementVisitor}; adding a kind then fails their compilation.
 */
public sealed interface Statement
    permits CreateDatabase,
        DropDatabase,
        ShowDatabases,
        CountDatabases,
        SetTtl,
        UnsetTtl,
        ShowTtl,
        CreateTimeseries,
        CreateAlignedTimeseries,
        DropTimeseries,
        ShowTimeseries,
        ShowDevices,
        ShowChildPaths,
        ShowChildNodes,
        CountTimeseries,
        CountDevices,
        CountNodes,
        Select,
        Insert,
        DeleteData,
        ShowCluster,
        ShowClusterId,
        ShowConfigNodes,
        ShowDataNodes,
        ShowRegions,
        ShowVariables,
        Flush,
        ShowVersion {

  <R> R accept(StatementVisitor<R> visitor);

  /**
   * Whether the statement answers with rows (SELECT, SHOW, COUNT) rather than only success, as
   * IoTDB's {@code executeStatement} decides whether to return a result set.
   */
  default boolean isQuery() {
    return false;
  }
}
