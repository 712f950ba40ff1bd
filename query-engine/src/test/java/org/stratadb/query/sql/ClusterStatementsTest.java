package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stratadb.query.sql.ast.Flush;
import org.stratadb.query.sql.ast.RegionKind;
import org.stratadb.query.sql.ast.ShowCluster;
import org.stratadb.query.sql.ast.ShowClusterId;
import org.stratadb.query.sql.ast.ShowConfigNodes;
import org.stratadb.query.sql.ast.ShowDataNodes;
import org.stratadb.query.sql.ast.ShowRegions;
import org.stratadb.query.sql.ast.ShowVariables;
import org.stratadb.query.sql.ast.ShowVersion;
import org.stratadb.query.sql.ast.Statement;

class ClusterStatementsTest {

  static Stream<Arguments> statements() {
    return Stream.of(
        Arguments.of("SHOW CLUSTER", new ShowCluster(false)),
        Arguments.of("show cluster details", new ShowCluster(true)),
        Arguments.of("SHOW CLUSTERID", new ShowClusterId()),
        Arguments.of("SHOW CONFIGNODES", new ShowConfigNodes()),
        Arguments.of("show datanodes;", new ShowDataNodes()),
        Arguments.of("SHOW VARIABLES", new ShowVariables()),
        Arguments.of("SHOW VERSION", new ShowVersion()),
        Arguments.of("SHOW REGIONS", new ShowRegions(RegionKind.ALL, List.of(), List.of())),
        Arguments.of(
            "SHOW SCHEMA REGIONS", new ShowRegions(RegionKind.SCHEMA, List.of(), List.of())),
        Arguments.of("show data regions", new ShowRegions(RegionKind.DATA, List.of(), List.of())),
        Arguments.of(
            "SHOW REGIONS OF DATABASE root.sg1, root.sg2",
            new ShowRegions(
                RegionKind.ALL, List.of(path("root.sg1"), path("root.sg2")), List.of())),
        Arguments.of(
            "SHOW DATA REGIONS OF STORAGE GROUP root.sg1",
            new ShowRegions(RegionKind.DATA, List.of(path("root.sg1")), List.of())),
        Arguments.of(
            "SHOW REGIONS ON NODEID 1, 3",
            new ShowRegions(RegionKind.ALL, List.of(), List.of(1, 3))),
        Arguments.of("FLUSH", new Flush(List.of(), Optional.empty(), false)),
        Arguments.of(
            "FLUSH root.sg1, root.sg2",
            new Flush(List.of(path("root.sg1"), path("root.sg2")), Optional.empty(), false)),
        Arguments.of(
            "flush root.sg1 true", new Flush(List.of(path("root.sg1")), Optional.of(true), false)),
        Arguments.of("FLUSH false", new Flush(List.of(), Optional.of(false), false)),
        Arguments.of("FLUSH ON LOCAL", new Flush(List.of(), Optional.empty(), true)),
        Arguments.of(
            "FLUSH root.sg TRUE ON CLUSTER",
            new Flush(List.of(path("root.sg")), Optional.of(true), false)));
  }

  @ParameterizedTest
  @MethodSource("statements")
  void parses(String sql, Statement expected) {
    assertEquals(expected, parse(sql));
  }

  @ParameterizedTest
  @MethodSource("statements")
  void showStatementsAreQueries(String sql, Statement expected) {
    Statement statement = parse(sql);
    if (statement instanceof Flush) {
      assertFalse(statement.isQuery(), sql);
    } else {
      assertTrue(statement.isQuery(), sql);
    }
  }

  @ParameterizedTest
  @MethodSource("statements")
  void visitorsSeeEachKind(String sql, Statement expected) {
    Statement statement = parse(sql);
    assertEquals(expected.getClass().getSimpleName(), statement.accept(new StatementKindNamer()));
  }
}
