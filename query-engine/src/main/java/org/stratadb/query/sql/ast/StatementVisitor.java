package org.stratadb.query.sql.ast;

/** One method per kind of {@link Statement}. */
public interface StatementVisitor<R> {
  R visitCreateDatabase(CreateDatabase statement);

  R visitDropDatabase(DropDatabase statement);

  R visitShowDatabases(ShowDatabases statement);

  R visitCountDatabases(CountDatabases statement);

  R visitSetTtl(SetTtl statement);

  R visitUnsetTtl(UnsetTtl statement);

  R visitShowTtl(ShowTtl statement);

  R visitCreateTimeseries(CreateTimeseries statement);

  R visitCreateAlignedTimeseries(CreateAlignedTimeseries statement);

  R visitDropTimeseries(DropTimeseries statement);

  R visitShowTimeseries(ShowTimeseries statement);

  R visitShowDevices(ShowDevices statement);

  R visitShowChildPaths(ShowChildPaths statement);

  R visitShowChildNodes(ShowChildNodes statement);

  R visitCountTimeseries(CountTimeseries statement);

  R visitCountDevices(CountDevices statement);

  R visitCountNodes(CountNodes statement);

  R visitSelect(Select statement);

  R visitInsert(Insert statement);

  R visitDeleteData(DeleteData statement);

  R visitShowCluster(ShowCluster statement);

  R visitShowClusterId(ShowClusterId statement);

  R visitShowConfigNodes(ShowConfigNodes statement);

  R visitShowDataNodes(ShowDataNodes statement);

  R visitShowRegions(ShowRegions statement);

  R visitShowVariables(ShowVariables statement);

  R visitFlush(Flush statement);

  R visitShowVersion(ShowVersion statement);
}
