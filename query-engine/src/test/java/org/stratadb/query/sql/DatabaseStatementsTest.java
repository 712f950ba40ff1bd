package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.CountDatabases;
import org.stratadb.query.sql.ast.CreateDatabase;
import org.stratadb.query.sql.ast.DatabaseAttribute;
import org.stratadb.query.sql.ast.DropDatabase;
import org.stratadb.query.sql.ast.SetTtl;
import org.stratadb.query.sql.ast.ShowDatabases;
import org.stratadb.query.sql.ast.ShowTtl;
import org.stratadb.query.sql.ast.UnsetTtl;

class DatabaseStatementsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE DATABASE root.sg",
        "create database root.sg",
        "CREATE STORAGE GROUP root.sg",
        "SET STORAGE GROUP TO root.sg",
        "set storage group to root.sg;",
        "  Create   Database\n root.sg ; "
      })
  void createDatabaseInEveryForm(String sql) {
    CreateDatabase create = parse(sql, CreateDatabase.class);
    assertEquals(path("root.sg"), create.database());
    assertEquals(Map.of(), create.attributes());
    assertFalse(create.isQuery());
  }

  @Test
  void createDatabaseWithAttributes() {
    CreateDatabase create =
        parse(
            "CREATE DATABASE root.ln WITH TTL=3600000, SCHEMA_REPLICATION_FACTOR=1 "
                + "data_replication_factor=3, TIME_PARTITION_INTERVAL==604800000,"
                + " SCHEMA_REGION_GROUP_NUM=2, DATA_REGION_GROUP_NUM=4",
            CreateDatabase.class);
    assertEquals(
        Map.of(
            DatabaseAttribute.TTL, 3600000L,
            DatabaseAttribute.SCHEMA_REPLICATION_FACTOR, 1L,
            DatabaseAttribute.DATA_REPLICATION_FACTOR, 3L,
            DatabaseAttribute.TIME_PARTITION_INTERVAL, 604800000L,
            DatabaseAttribute.SCHEMA_REGION_GROUP_NUM, 2L,
            DatabaseAttribute.DATA_REGION_GROUP_NUM, 4L),
        create.attributes());
  }

  @Test
  void aDatabaseNameHoldsNoWildcard() {
    String message = failure("CREATE DATABASE root.sg.*", StatusCode.ILLEGAL_PATH);
    assertTrue(message.startsWith("root.sg.* is not a legal path"), message);
  }

  @Test
  void unknownDatabaseAttributeIsASyntaxError() {
    failure("CREATE DATABASE root.sg WITH COLOUR=1", StatusCode.SQL_PARSE_ERROR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DROP DATABASE root.a, root.b.**",
        "DELETE DATABASE root.a, root.b.**",
        "DELETE STORAGE GROUP root.a, root.b.**",
        "drop storage group root.a,root.b.**"
      })
  void dropDatabasesInEveryForm(String sql) {
    assertEquals(
        List.of(path("root.a"), path("root.b.**")), parse(sql, DropDatabase.class).databases());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SHOW DATABASES | root.** | false",
        "show databases root.ln.* | root.ln.* | false",
        "SHOW DATABASES DETAILS | root.** | true",
        "SHOW DATABASES root.ln DETAILS | root.ln | true",
        "SHOW DATABASES DETAILS root.ln | root.ln | true",
        "SHOW STORAGE GROUP | root.** | false",
        "SHOW STORAGE GROUP root.sg1 | root.sg1 | false"
      })
  void showDatabases(String sql, String pattern, boolean details) {
    ShowDatabases show = parse(sql, ShowDatabases.class);
    assertEquals(path(pattern), show.pattern());
    assertEquals(details, show.details());
    assertTrue(show.isQuery());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "COUNT DATABASES | root.**",
        "count databases root.ln.** | root.ln.**",
        "COUNT STORAGE GROUP root.a | root.a"
      })
  void countDatabases(String sql, String pattern) {
    assertEquals(path(pattern), parse(sql, CountDatabases.class).pattern());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SET TTL TO root.ln 3600000 | root.ln | 3600000",
        "set ttl to root.ln.** INF | root.ln.** | 9223372036854775807"
      })
  void setTtl(String sql, String path, long ttl) {
    SetTtl set = parse(sql, SetTtl.class);
    assertEquals(path(path), set.path());
    assertEquals(ttl, set.ttlMillis());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UNSET TTL TO root.ln", "unset ttl from root.ln"})
  void unsetTtl(String sql) {
    assertEquals(path("root.ln"), parse(sql, UnsetTtl.class).path());
  }

  @Test
  void showTtl() {
    assertEquals(
        List.of(path("root.a"), path("root.b")),
        parse("SHOW TTL ON root.a, root.b", ShowTtl.class).paths());
    assertEquals(List.of(), parse("SHOW ALL TTL", ShowTtl.class).paths());
  }
}
