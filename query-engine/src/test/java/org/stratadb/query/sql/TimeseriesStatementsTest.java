package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.AlignedMeasurement;
import org.stratadb.query.sql.ast.CountDevices;
import org.stratadb.query.sql.ast.CountNodes;
import org.stratadb.query.sql.ast.CountTimeseries;
import org.stratadb.query.sql.ast.CreateAlignedTimeseries;
import org.stratadb.query.sql.ast.CreateTimeseries;
import org.stratadb.query.sql.ast.DropTimeseries;
import org.stratadb.query.sql.ast.Pagination;
import org.stratadb.query.sql.ast.SeriesSpec;
import org.stratadb.query.sql.ast.ShowChildNodes;
import org.stratadb.query.sql.ast.ShowChildPaths;
import org.stratadb.query.sql.ast.ShowDevices;
import org.stratadb.query.sql.ast.ShowTimeseries;

class TimeseriesStatementsTest {

  private static final SeriesSpec INT32_RLE_SNAPPY =
      new SeriesSpec(
          TSDataType.INT32,
          Optional.of(TSEncoding.RLE),
          Optional.of(CompressionType.SNAPPY),
          Optional.empty(),
          Map.of(),
          Map.of(),
          Map.of());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TIMESERIES root.a.b.s WITH DATATYPE=INT32, ENCODING=RLE, COMPRESSOR=SNAPPY",
        "create timeseries root.a.b.s with datatype=int32,encoding=rle,compressor=snappy",
        "CREATE TIMESERIES root.a.b.s WITH DATATYPE=INT32, ENCODING=RLE, COMPRESSION=SNAPPY",
        "CREATE TIMESERIES root.a.b.s WITH DATATYPE=INT32 ENCODING=RLE COMPRESSOR=SNAPPY",
        "CREATE TIMESERIES root.a.b.s INT32 encoding=RLE compression=SNAPPY",
        "CREATE TIMESERIES root.a.b.s DATATYPE=INT32 encoding=RLE compressor=SNAPPY",
        "CREATE TIMESERIES root.a.b.s WITH INT32 encoding==RLE compressor='SNAPPY'",
        "CREATE TIMESERIES root.a.b.s INT32 encoding=RLE compression=SNAPPY;"
      })
  void createTimeseriesInEveryForm(String sql) {
    CreateTimeseries create = parse(sql, CreateTimeseries.class);
    assertEquals(path("root.a.b.s"), create.path());
    assertEquals(INT32_RLE_SNAPPY, create.spec());
  }

  @ParameterizedTest
  @CsvSource({
    "BOOLEAN,BOOLEAN",
    "int64,INT64",
    "Float,FLOAT",
    "DOUBLE,DOUBLE",
    "TEXT,TEXT",
    "STRING,STRING",
    "BLOB,BLOB",
    "DATE,DATE",
    "TIMESTAMP,TIMESTAMP"
  })
  void everyDataTypeName(String written, TSDataType type) {
    CreateTimeseries create =
        parse("CREATE TIMESERIES root.sg.d.s " + written, CreateTimeseries.class);
    assertEquals(SeriesSpec.of(type), create.spec());
  }

  @Test
  void aliasTagsAttributesAndOtherProperties() {
    SeriesSpec spec =
        parse(
                "create timeseries root.turbine.d1.s1(temprature) with datatype=FLOAT,"
                    + " encoding=RLE, compression=SNAPPY, 'max_point_number'='5'"
                    + " tags('tag1'='v1', tag2=v2) attributes(attr1=v1, 'attr2'=\"v 2\")",
                CreateTimeseries.class)
            .spec();
    assertEquals(TSDataType.FLOAT, spec.dataType());
    assertEquals(Optional.of("temprature"), spec.alias());
    assertEquals(Map.of("max_point_number", "5"), spec.props());
    assertEquals(List.of("tag1", "tag2"), List.copyOf(spec.tags().keySet()));
    assertEquals(Map.of("tag1", "v1", "tag2", "v2"), spec.tags());
    assertEquals(Map.of("attr1", "v1", "attr2", "v 2"), spec.attributes());
  }

  @Test
  void backquotedNodesInTimeseriesPaths() {
    CreateTimeseries create =
        parse("CREATE TIMESERIES root.sg.`d.1`.`select` INT64", CreateTimeseries.class);
    assertEquals(List.of("root", "sg", "d.1", "select"), create.path().nodes());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CREATE TIMESERIES root.sg.d.s WITH DATATYPE=INT33 | Unsupported datatype: INT33",
        "CREATE TIMESERIES root.sg.d.s VECTOR | Unsupported datatype: VECTOR",
        "CREATE TIMESERIES root.sg.d.s INT32 encoding=FOO | Unsupported encoding: FOO",
        "CREATE TIMESERIES root.sg.d.s INT32 compressor=zip | Unsupported compression: ZIP",
        "CREATE TIMESERIES root.sg.d.s WITH TYPE=INT32 | datatype must be declared"
      })
  void badSeriesSettingsAreSemanticErrors(String sql, String message) {
    assertEquals(message, failure(sql, StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void aTimeseriesPathHoldsNoWildcard() {
    failure("CREATE TIMESERIES root.sg.*.s INT32", StatusCode.SQL_PARSE_ERROR);
  }

  @Test
  void createAlignedTimeseries() {
    CreateAlignedTimeseries create =
        parse(
            "CREATE ALIGNED TIMESERIES root.a.d(s1 INT32 encoding=RLE compressor=SNAPPY,"
                + " s2 FLOAT, `s 3` TEXT encoding=PLAIN tags(k=v))",
            CreateAlignedTimeseries.class);
    assertEquals(path("root.a.d"), create.device());
    assertEquals(
        List.of(
            new AlignedMeasurement("s1", INT32_RLE_SNAPPY),
            new AlignedMeasurement("s2", SeriesSpec.of(TSDataType.FLOAT)),
            new AlignedMeasurement(
                "s 3",
                new SeriesSpec(
                    TSDataType.TEXT,
                    Optional.of(TSEncoding.PLAIN),
                    Optional.empty(),
                    Optional.empty(),
                    Map.of(),
                    Map.of("k", "v"),
                    Map.of()))),
        create.measurements());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DELETE TIMESERIES root.a.b.s, root.a.*.t",
        "DROP TIMESERIES root.a.b.s,root.a.*.t",
        "drop timeseries root.a.b.s, root.a.*.t;"
      })
  void dropTimeseries(String sql) {
    assertEquals(
        List.of(path("root.a.b.s"), path("root.a.*.t")),
        parse(sql, DropTimeseries.class).patterns());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SHOW TIMESERIES | root.** | false | 0 | 0",
        "show timeseries root.sg.** | root.sg.** | false | 0 | 0",
        "SHOW TIMESERIES root.sg.* LIMIT 10 | root.sg.* | false | 10 | 0",
        "SHOW TIMESERIES root.sg.* LIMIT 10 OFFSET 5 | root.sg.* | false | 10 | 5",
        "SHOW TIMESERIES root.sg.* OFFSET 5 LIMIT 10 | root.sg.* | false | 10 | 5",
        "SHOW TIMESERIES OFFSET 3 | root.** | false | 0 | 3",
        "SHOW LATEST TIMESERIES root.ln.** | root.ln.** | true | 0 | 0"
      })
  void showTimeseries(String sql, String pattern, boolean latest, long limit, long offset) {
    ShowTimeseries show = parse(sql, ShowTimeseries.class);
    assertEquals(path(pattern), show.pattern());
    assertEquals(latest, show.latest());
    assertEquals(new Pagination(limit, offset), show.page());
    assertTrue(show.isQuery());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SHOW DEVICES | root.** | false | 0 | 0",
        "SHOW DEVICES root.ln.** | root.ln.** | false | 0 | 0",
        "SHOW DEVICES root.ln.** WITH DATABASE | root.ln.** | true | 0 | 0",
        "SHOW DEVICES root.ln.** WITH STORAGE GROUP LIMIT 2 | root.ln.** | true | 2 | 0",
        "show devices limit 1 offset 1 | root.** | false | 1 | 1"
      })
  void showDevices(String sql, String pattern, boolean withDatabase, long limit, long offset) {
    ShowDevices show = parse(sql, ShowDevices.class);
    assertEquals(path(pattern), show.pattern());
    assertEquals(withDatabase, show.withDatabase());
    assertEquals(new Pagination(limit, offset), show.page());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LIMIT 0 | LIMIT <N>: N should be greater than 0.",
        "LIMIT 99999999999999999999 | Out of range. LIMIT <N>: N should be Int64.",
        "LIMIT 1 LIMIT 2 | LIMIT is given more than once"
      })
  void badPagination(String clause, String message) {
    assertEquals(message, failure("SHOW TIMESERIES " + clause, StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void showChildPathsAndNodes() {
    assertEquals(path("root"), parse("SHOW CHILD PATHS", ShowChildPaths.class).pattern());
    assertEquals(
        path("root.ln"), parse("show child paths root.ln", ShowChildPaths.class).pattern());
    assertEquals(
        path("root.ln.*"), parse("SHOW CHILD NODES root.ln.*", ShowChildNodes.class).pattern());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "COUNT TIMESERIES | root.** | -1",
        "count timeseries root.ln.** | root.ln.** | -1",
        "COUNT TIMESERIES root.ln.** GROUP BY LEVEL=1 | root.ln.** | 1",
        "COUNT TIMESERIES GROUP BY LEVEL = 3 | root.** | 3"
      })
  void countTimeseries(String sql, String pattern, int level) {
    CountTimeseries count = parse(sql, CountTimeseries.class);
    assertEquals(path(pattern), count.pattern());
    assertEquals(level < 0 ? OptionalInt.empty() : OptionalInt.of(level), count.groupByLevel());
  }

  @Test
  void countDevicesAndNodes() {
    assertEquals(path("root.**"), parse("COUNT DEVICES", CountDevices.class).pattern());
    assertEquals(
        path("root.ln.**"), parse("count devices root.ln.**", CountDevices.class).pattern());
    CountNodes nodes = parse("COUNT NODES root.** LEVEL=2", CountNodes.class);
    assertEquals(path("root.**"), nodes.pattern());
    assertEquals(2, nodes.level());
  }
}
