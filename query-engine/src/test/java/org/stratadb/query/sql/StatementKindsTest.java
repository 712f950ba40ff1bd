package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stratadb.query.sql.SqlTestSupport.parse;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.query.sql.ast.Statement;

/** One statement of every kind: each parses to its own record and visitor method. */
class StatementKindsTest {
  private static final String[] ONE_OF_EACH = {
    "CREATE DATABASE root.sg",
    "DROP DATABASE root.sg",
    "SHOW DATABASES",
    "COUNT DATABASES",
    "SET TTL TO root.sg 1000",
    "UNSET TTL TO root.sg",
    "SHOW ALL TTL",
    "CREATE TIMESERIES root.sg.d.s INT32",
    "CREATE ALIGNED TIMESERIES root.sg.d(s1 INT32, s2 FLOAT)",
    "DROP TIMESERIES root.sg.d.s",
    "SHOW TIMESERIES",
    "SHOW DEVICES",
    "SHOW CHILD PATHS root.sg",
    "SHOW CHILD NODES root.sg",
    "COUNT TIMESERIES",
    "COUNT DEVICES",
    "COUNT NODES root.** LEVEL=1",
    "SELECT s FROM root.sg.d",
    "INSERT INTO root.sg.d(time, s) VALUES (1, 1)",
    "DELETE FROM root.sg.d.s",
    "SHOW CLUSTER",
    "SHOW CLUSTERID",
    "SHOW CONFIGNODES",
    "SHOW DATANODES",
    "SHOW REGIONS",
    "SHOW VARIABLES",
    "FLUSH",
    "SHOW VERSION"
  };

  @Test
  void everyKindHasASample() {
    Set<String> permitted =
        Arrays.stream(Statement.class.getPermittedSubclasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> sampled =
        Arrays.stream(ONE_OF_EACH)
            .map(sql -> parse(sql).getClass().getSimpleName())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(permitted, sampled);
  }

  static Stream<String> oneOfEach() {
    return Arrays.stream(ONE_OF_EACH);
  }

  @ParameterizedTest
  @MethodSource("oneOfEach")
  void visitorDispatchesToTheKindsOwnMethod(String sql) {
    Statement statement = parse(sql);
    assertEquals(
        statement.getClass().getSimpleName(), statement.accept(new StatementKindNamer()), sql);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SHOW DATABASES",
        "COUNT DATABASES",
        "SHOW ALL TTL",
        "SHOW TIMESERIES",
        "SHOW DEVICES",
        "SHOW CHILD PATHS root.sg",
        "SHOW CHILD NODES root.sg",
        "COUNT TIMESERIES",
        "COUNT DEVICES",
        "COUNT NODES root.** LEVEL=1",
        "SELECT s FROM root.sg.d",
        "SHOW CLUSTER",
        "SHOW REGIONS",
        "SHOW VERSION"
      })
  void queriesAnswerWithRows(String sql) {
    assertEquals(true, parse(sql).isQuery(), sql);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE DATABASE root.sg",
        "DROP DATABASE root.sg",
        "SET TTL TO root.sg 1000",
        "CREATE TIMESERIES root.sg.d.s INT32",
        "DROP TIMESERIES root.sg.d.s",
        "INSERT INTO root.sg.d(time, s) VALUES (1, 1)",
        "DELETE FROM root.sg.d.s",
        "FLUSH"
      })
  void updatesAnswerWithSuccessOnly(String sql) {
    assertEquals(false, parse(sql).isQuery(), sql);
  }
}
