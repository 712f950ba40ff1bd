package org.stratadb.query.sql;

import org.stratadb.query.sql.ast.CountDatabases;
import org.stratadb.query.sql.ast.CountDevices;
import org.stratadb.query.sql.ast.CountNodes;
import org.stratadb.query.sql.ast.CountTimeseries;
import org.stratadb.query.sql.ast.CreateAlignedTimeseries;
import org.stratadb.query.sql.ast.CreateDatabase;
import org.stratadb.query.sql.ast.CreateTimeseries;
import org.stratadb.query.sql.ast.DeleteData;
import org.stratadb.query.sql.ast.DropDatabase;
import org.stratadb.query.sql.ast.DropTimeseries;
import org.stratadb.query.sql.ast.Flush;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.SetTtl;
import org.stratadb.query.sql.ast.ShowChildNodes;
import org.stratadb.query.sql.ast.ShowChildPaths;
import org.stratadb.query.sql.ast.ShowCluster;
import org.stratadb.query.sql.ast.ShowClusterId;
import org.stratadb.query.sql.ast.ShowConfigNodes;
import org.stratadb.query.sql.ast.ShowDataNodes;
import org.stratadb.query.sql.ast.ShowDatabases;
import org.stratadb.query.sql.ast.ShowDevices;
import org.stratadb.query.sql.ast.ShowRegions;
import org.stratadb.query.sql.ast.ShowTimeseries;
import org.stratadb.query.sql.ast.ShowTtl;
import org.stratadb.query.sql.ast.ShowVariables;
import org.stratadb.query.sql.ast.ShowVersion;
import org.stratadb.query.sql.ast.StatementVisitor;
import org.stratadb.query.sql.ast.UnsetTtl;

/** A visitor that names the method it was called through, to check each kind's dispatch. */
final class StatementKindNamer implements StatementVisitor<String> {
  @Override
  public String visitCreateDatabase(CreateDatabase statement) {
    return "CreateDatabase";
  }

  @Override
  public String visitDropDatabase(DropDatabase statement) {
    return "DropDatabase";
  }

  @Override
  public String visitShowDatabases(ShowDatabases statement) {
    return "ShowDatabases";
  }

  @Override
  public String visitCountDatabases(CountDatabases statement) {
    return "CountDatabases";
  }

  @Override
  public String visitSetTtl(SetTtl statement) {
    return "SetTtl";
  }

  @Override
  public String visitUnsetTtl(UnsetTtl statement) {
    return "UnsetTtl";
  }

  @Override
  public String visitShowTtl(ShowTtl statement) {
    return "ShowTtl";
  }

  @Override
  public String visitCreateTimeseries(CreateTimeseries statement) {
    return "CreateTimeseries";
  }

  @Override
  public String visitCreateAlignedTimeseries(CreateAlignedTimeseries statement) {
    return "CreateAlignedTimeseries";
  }

  @Override
  public String visitDropTimeseries(DropTimeseries statement) {
    return "DropTimeseries";
  }

  @Override
  public String visitShowTimeseries(ShowTimeseries statement) {
    return "ShowTimeseries";
  }

  @Override
  public String visitShowDevices(ShowDevices statement) {
    return "ShowDevices";
  }

  @Override
  public String visitShowChildPaths(ShowChildPaths statement) {
    return "ShowChildPaths";
  }

  @Override
  public String visitShowChildNodes(ShowChildNodes statement) {
    return "ShowChildNodes";
  }

  @Override
  public String visitCountTimeseries(CountTimeseries statement) {
    return "CountTimeseries";
  }

  @Override
  public String visitCountDevices(CountDevices statement) {
    return "CountDevices";
  }

  @Override
  public String visitCountNodes(CountNodes statement) {
    return "CountNodes";
  }

  @Override
  public String visitSelect(Select statement) {
    return "Select";
  }

  @Override
  public String visitInsert(Insert statement) {
    return "Insert";
  }

  @Override
  public String visitDeleteData(DeleteData statement) {
    return "DeleteData";
  }

  @Override
  public String visitShowCluster(ShowCluster statement) {
    return "ShowCluster";
  }

  @Override
  public String visitShowClusterId(ShowClusterId statement) {
    return "ShowClusterId";
  }

  @Override
  public String visitShowConfigNodes(ShowConfigNodes statement) {
    return "ShowConfigNodes";
  }

  @Override
  public String visitShowDataNodes(ShowDataNodes statement) {
    return "ShowDataNodes";
  }

  @Override
  public String visitShowRegions(ShowRegions statement) {
    return "ShowRegions";
  }

  @Override
  public String visitShowVariables(ShowVariables statement) {
    return "ShowVariables";
  }

  @Override
  public String visitFlush(Flush statement) {
    return "Flush";
  }

  @Override
  public String visitShowVersion(ShowVersion statement) {
    return "ShowVersion";
  }
}
