package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.datanode.schema.SchemaFixtures.create;
import static org.stratadb.datanode.schema.SchemaFixtures.expect;
import static org.stratadb.datanode.schema.SchemaFixtures.full;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.pattern;
import static org.stratadb.datanode.schema.SchemaFixtures.spec;
import static org.stratadb.datanode.schema.SchemaFixtures.timeseries;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.IllegalPathException;

class SchemaRegionCreateTest {
  @TempDir Path dir;
  private SchemaEngine engine;
  private SchemaRegion region;

  @BeforeEach
  void open() {
    engine = SchemaEngine.open(dir, SchemaSettings.defaults());
    region = engine.createRegion(1, path("root.sg"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void createsASeriesWithEverySetting() {
    region.createTimeseries(
        path("root.sg.d1"),
        new MeasurementSpec(
            "s1",
            TSDataType.FLOAT,
            TSEncoding.RLE,
            CompressionType.SNAPPY,
            "temperature",
            Map.of("unit", "c", "owner", "x"),
            Map.of("desc", "room"),
            Map.of("loss", "sdt", "compdev", "0.01", "compmintime", "2")));
    List<TimeseriesRow> rows = region.showTimeseries(pattern("root.**"), null, 0, 0);
    assertEquals(1, rows.size());
    assertEquals(
        List.of(
            "root.sg.d1.s1",
            "temperature",
            "root.sg",
            "FLOAT",
            "RLE",
            "SNAPPY",
            "{\"owner\":\"x\",\"unit\":\"c\"}",
            "{\"desc\":\"room\"}",
            "SDT",
            "{compdev=0.01, compmintime=2}",
            "BASE"),
        rows.get(0).cells());
    assertEquals(11, TimeseriesRow.COLUMNS.size());
  }

  @Test
  void defaultsFollowIotdb() {
    create(region, "root.sg.d.b", TSDataType.BOOLEAN);
    create(region, "root.sg.d.i", TSDataType.INT32);
    create(region, "root.sg.d.l", TSDataType.INT64);
    create(region, "root.sg.d.f", TSDataType.FLOAT);
    create(region, "root.sg.d.g", TSDataType.DOUBLE);
    create(region, "root.sg.d.t", TSDataType.TEXT);
    create(region, "root.sg.d.s", TSDataType.STRING);
    List<String> cells =
        region.showTimeseries(pattern("root.sg.d.*"), null, 0, 0).stream()
            .map(
                r ->
                    r.timeseries()
                        + " "
                        + r.dataType()
                        + " "
                        + r.encoding()
                        + " "
                        + r.compression())
            .toList();
    assertEquals(
        List.of(
            "root.sg.d.b BOOLEAN RLE LZ4",
            "root.sg.d.f FLOAT GORILLA LZ4",
            "root.sg.d.g DOUBLE GORILLA LZ4",
            "root.sg.d.i INT32 TS_2DIFF LZ4",
            "root.sg.d.l INT64 TS_2DIFF LZ4",
            "root.sg.d.s STRING PLAIN LZ4",
            "root.sg.d.t TEXT PLAIN LZ4"),
        cells);
    TimeseriesRow row = region.showTimeseries(pattern("root.sg.d.b"), null, 0, 0).get(0);
    assertEquals(null, row.alias());
    assertEquals(null, row.tags());
    assertEquals(null, row.attributes());
    assertEquals(null, row.deadband());
    assertEquals(null, row.deadbandParameters());
  }

  @Test
  void existingSeriesIs503() {
    create(region, "root.sg.d1.s1", TSDataType.INT64);
    expect(
        StatusCode.TIMESERIES_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () -> create(region, "root.sg.d1.s1", TSDataType.INT64));
    expect(
        StatusCode.TIMESERIES_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () -> create(region, "root.sg.d1.s1", TSDataType.DOUBLE));
  }

  @Test
  void nameOfAnExistingAliasIs503() {
    region.createTimeseries(path("root.sg.d1"), full("s1", "a1", null, null));
    expect(
        StatusCode.TIMESERIES_ALREADY_EXIST,
        "Path [root.sg.d1.a1] already exist",
        () -> create(region, "root.sg.d1.a1", TSDataType.INT64));
  }

  @Test
  void aliasClashesAre505() {
    region.createTimeseries(path("root.sg.d1"), full("s1", "a1", null, null));
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [a1] for Path [root.sg.d1.s2] already exist",
        () -> region.createTimeseries(path("root.sg.d1"), full("s2", "a1", null, null)));
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [s1] for Path [root.sg.d1.s2] already exist",
        () -> region.createTimeseries(path("root.sg.d1"), full("s2", "s1", null, null)));
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [s3] for Path [root.sg.d1.s3] already exist",
        () -> region.createTimeseries(path("root.sg.d1"), full("s3", "s3", null, null)));
    // the alias check comes before the name check for one series, as in IoTDB
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [a1] for Path [root.sg.d1.s1] already exist",
        () -> region.createTimeseries(path("root.sg.d1"), full("s1", "a1", null, null)));
  }

  @Test
  void innerNodeWhereASeriesWouldGoIs506() {
    create(region, "root.sg.d1.s1.x", TSDataType.INT64);
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () -> create(region, "root.sg.d1.s1", TSDataType.INT64));
  }

  @Test
  void seriesWhereAnInnerNodeWouldGoIs506() {
    create(region, "root.sg.d1.s1", TSDataType.INT64);
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () -> create(region, "root.sg.d1.s1.x", TSDataType.INT64));
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () -> create(region, "root.sg.d1.s1.x.y.z", TSDataType.INT64));
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.d1.s1] already exist",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d1.s1"), List.of(MeasurementSpec.of("a", TSDataType.INT32))));
  }

  @Test
  void deviceCanAlsoHoldInnerNodes() {
    create(region, "root.sg.d1.s1", TSDataType.INT64);
    create(region, "root.sg.d1.sub.s2", TSDataType.INT64);
    assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.sub.s2"), timeseries(region, "root.**"));
    assertEquals(
        List.of("root.sg.d1", "root.sg.d1.sub"), SchemaFixtures.devices(region, "root.**"));
  }

  @Test
  void databaseNodeCanBeADevice() {
    create(region, "root.sg.s1", TSDataType.INT64);
    assertEquals(List.of("root.sg"), SchemaFixtures.devices(region, "root.sg"));
    assertEquals(List.of("root.sg.s1"), timeseries(region, "root.sg.*"));
  }

  @Test
  void encodingIncompatibleWithTypeIs507() {
    expect(
        StatusCode.METADATA_ERROR,
        "encoding GORILLA does not support TEXT",
        () ->
            region.createTimeseries(
                path("root.sg.d1"), spec("s1", TSDataType.TEXT, TSEncoding.GORILLA)));
    expect(
        StatusCode.METADATA_ERROR,
        "encoding TS_2DIFF does not support BOOLEAN",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d2"),
                List.of(
                    spec("a", TSDataType.INT32, TSEncoding.RLE),
                    spec("b", TSDataType.BOOLEAN, TSEncoding.TS_2DIFF))));
    assertEquals(0, region.seriesCount());
    expect(
        StatusCode.METADATA_ERROR, null, () -> create(region, "root.sg.d1.v", TSDataType.VECTOR));
  }

  @Test
  void illegalNamesAre509() {
    IllegalPathException e =
        (IllegalPathException)
            expect(
                StatusCode.ILLEGAL_PATH,
                "root.sg.d1.time is not a legal path, because time is an illegal name.",
                () -> create(region, "root.sg.d1.time", TSDataType.INT64));
    assertTrue(e instanceof IllegalPathException);
    expect(
        StatusCode.ILLEGAL_PATH,
        "root.sg.TimeStamp.s is not a legal path, because TimeStamp is an illegal name.",
        () -> create(region, "root.sg.TimeStamp.s", TSDataType.INT64));
    expect(
        StatusCode.ILLEGAL_PATH,
        "root.sg.d*.s is not a legal path, because d* is an illegal name.",
        () -> create(region, "root.sg.d*.s", TSDataType.INT64));
    expect(
        StatusCode.ILLEGAL_PATH,
        null,
        () -> region.createTimeseries(path("root.sg.d1"), full("s1", "time", null, null)));
    assertEquals(0, region.seriesCount());
  }

  @Test
  void pathOutsideTheDatabaseIs500() {
    expect(
        StatusCode.DATABASE_NOT_EXIST,
        "Database is not set for current seriesPath: [root.other.d1.s1]",
        () -> create(region, "root.other.d1.s1", TSDataType.INT64));
  }

  @Test
  void tagAndAttributeWithTheSameKeyIs701() {
    expect(
        StatusCode.SEMANTIC_ERROR,
        "Tag and attribute shouldn't have the same property key [k]",
        () ->
            region.createTimeseries(
                path("root.sg.d1"), full("s1", null, Map.of("k", "1"), Map.of("k", "2"))));
  }

  @Test
  void alignedDevices() {
    region.createAlignedTimeseries(
        path("root.sg.gps"),
        List.of(
            spec("lat", TSDataType.DOUBLE, TSEncoding.GORILLA),
            spec("lon", TSDataType.DOUBLE, TSEncoding.GORILLA)));
    List<DeviceRow> devices = region.showDevices(pattern("root.**"), 0, 0);
    assertEquals(1, devices.size());
    assertTrue(devices.get(0).aligned());
    assertEquals(
        java.util.Arrays.asList("root.sg.gps", "true", null, "INF"), devices.get(0).cells("INF"));
    assertEquals(
        java.util.Arrays.asList("root.sg.gps", "root.sg", "true", null, "INF"),
        devices.get(0).cellsWithDatabase("INF"));
    // more measurements may join an aligned device
    region.createAlignedTimeseries(
        path("root.sg.gps"), List.of(MeasurementSpec.of("alt", TSDataType.FLOAT)));
    assertEquals(
        List.of("root.sg.gps.alt", "root.sg.gps.lat", "root.sg.gps.lon"),
        timeseries(region, "root.sg.gps.*"));
    assertTrue(region.series(path("root.sg.gps.alt")).orElseThrow().aligned());
  }

  @Test
  void alignmentMismatchesAre609() {
    region.createAlignedTimeseries(
        path("root.sg.a"), List.of(MeasurementSpec.of("s1", TSDataType.INT32)));
    create(region, "root.sg.n.s1", TSDataType.INT32);
    expect(
        StatusCode.ALIGNED_TIMESERIES_ERROR,
        "time series under this device is aligned, please use createAlignedTimeseries or change"
            + " device. (Path: root.sg.a)",
        () -> create(region, "root.sg.a.s2", TSDataType.INT32));
    expect(
        StatusCode.ALIGNED_TIMESERIES_ERROR,
        "Time series under this device is not aligned, please use createTimeSeries or change"
            + " device. (Path: root.sg.n)",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.n"), List.of(MeasurementSpec.of("s2", TSDataType.INT32))));
  }

  @Test
  void alignedCreationIsAllOrNothing() {
    create(region, "root.sg.d.x.y", TSDataType.INT32);
    region.createAlignedTimeseries(
        path("root.sg.d"), List.of(MeasurementSpec.of("s0", TSDataType.INT32)));
    expect(
        StatusCode.TIMESERIES_ALREADY_EXIST,
        "Path [root.sg.d.s0] already exist",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d"),
                List.of(
                    MeasurementSpec.of("s1", TSDataType.INT32),
                    MeasurementSpec.of("s0", TSDataType.INT32))));
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.d.x] already exist",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d"),
                List.of(
                    MeasurementSpec.of("s1", TSDataType.INT32),
                    MeasurementSpec.of("x", TSDataType.INT32))));
    expect(
        StatusCode.SEMANTIC_ERROR,
        "Measurement under an aligned device is not allowed to have the same measurement name",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d"),
                List.of(
                    MeasurementSpec.of("s1", TSDataType.INT32),
                    MeasurementSpec.of("s1", TSDataType.INT64))));
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [s2] for Path [root.sg.d.s1] already exist",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d"),
                List.of(
                    MeasurementSpec.of("s1", TSDataType.INT32).withAlias("s2"),
                    MeasurementSpec.of("s2", TSDataType.INT64))));
    expect(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [a] for Path [root.sg.d.s2] already exist",
        () ->
            region.createAlignedTimeseries(
                path("root.sg.d"),
                List.of(
                    MeasurementSpec.of("s1", TSDataType.INT32).withAlias("a"),
                    MeasurementSpec.of("s2", TSDataType.INT64).withAlias("a"))));
    assertEquals(List.of("root.sg.d.s0", "root.sg.d.x.y"), timeseries(region, "root.**"));
    expect(
        StatusCode.ILLEGAL_PARAMETER,
        null,
        () -> region.createAlignedTimeseries(path("root.sg.e"), List.of()));
  }

  @Test
  void batchCreatesWhatItCanAndReportsTheRest() {
    create(region, "root.sg.d1.s1", TSDataType.INT64);
    SortedMap<Integer, StrataException> failures =
        region.createTimeseries(
            List.of(
                CreateSeries.of("root.sg.d1.s2", TSDataType.INT64),
                CreateSeries.of("root.sg.d1.s1", TSDataType.INT64),
                CreateSeries.of("root.sg.d2.s1", TSDataType.TEXT),
                CreateSeries.of("root.sg.d2.s1", TSDataType.TEXT),
                new CreateSeries(path("root.sg.d3"), spec("s", TSDataType.TEXT, TSEncoding.RLE))));
    assertEquals(List.of(1, 3, 4), List.copyOf(failures.keySet()));
    assertEquals(StatusCode.TIMESERIES_ALREADY_EXIST, failures.get(1).statusCode());
    assertEquals("Path [root.sg.d2.s1] already exist", failures.get(3).getMessage());
    assertEquals(StatusCode.METADATA_ERROR, failures.get(4).statusCode());
    assertEquals(
        List.of("root.sg.d1.s1", "root.sg.d1.s2", "root.sg.d2.s1"), timeseries(region, "root.**"));
    assertTrue(region.createTimeseries(List.of()).isEmpty());
  }

  @Test
  void seriesLookupByNameOrAlias() {
    region.createTimeseries(path("root.sg.d1"), full("s1", "a1", Map.of("t", "v"), null));
    SeriesSchema byName = region.series(path("root.sg.d1.s1")).orElseThrow();
    SeriesSchema byAlias = region.series(path("root.sg.d1.a1")).orElseThrow();
    assertEquals(byName, byAlias);
    assertEquals(path("root.sg.d1.s1"), byAlias.path());
    assertEquals("a1", byAlias.alias());
    assertEquals(Map.of("t", "v"), byAlias.tags());
    assertEquals(path("root.sg.d1"), byAlias.device());
    assertEquals(TSDataType.FLOAT, byAlias.type());
    assertFalse(byAlias.aligned());
    assertTrue(region.series(path("root.sg.d1.s2")).isEmpty());
    assertTrue(region.series(path("root.sg.d1")).isEmpty());
    assertTrue(region.series(path("root.sg")).isEmpty());
    assertTrue(region.series(path("root.other.d1.s1")).isEmpty());
  }

  @Test
  void engineManagesRegions() {
    SchemaRegion second = engine.createRegion(2, path("root.sg"));
    SchemaRegion other = engine.createRegion(3, path("root.db2"));
    assertEquals(region, engine.createRegion(1, path("root.sg")));
    expect(StatusCode.ILLEGAL_PARAMETER, null, () -> engine.createRegion(1, path("root.x")));
    expect(StatusCode.ILLEGAL_PARAMETER, null, () -> engine.createRegion(9, path("root")));
    expect(StatusCode.ILLEGAL_PARAMETER, null, () -> engine.createRegion(9, path("root.*")));
    assertEquals(List.of(1, 2, 3), engine.regions().stream().map(SchemaRegion::id).toList());
    assertEquals(2, engine.regionsOf(path("root.sg")).size());
    create(other, "root.db2.d.s", TSDataType.INT32);
    Path otherDir = other.dir();
    engine.deleteRegion(3);
    assertFalse(otherDir.toFile().exists());
    assertTrue(engine.region(3).isEmpty());
    engine.deleteRegion(3);
    assertEquals(second, engine.region(2).orElseThrow());
  }

  @Test
  void coordinatorSpecsConvert() {
    CreateSeries one =
        CreateSeries.of(
            new org.stratadb.datanode.coordinator.TimeseriesSpec(
                "root.sg.d9.s1", TSDataType.INT32, null, CompressionType.GZIP, "a", null, null));
    assertEquals(path("root.sg.d9"), one.device());
    assertEquals(path("root.sg.d9.s1"), one.path());
    region.createTimeseries(List.of(one));
    TimeseriesRow row = region.showTimeseries(pattern("root.sg.d9.*"), null, 0, 0).get(0);
    assertEquals("TS_2DIFF", row.encoding());
    assertEquals("GZIP", row.compression());
    assertEquals("a", row.alias());
    MeasurementSpec aligned =
        CreateSeries.alignedMeasurement(
            new org.stratadb.datanode.coordinator.TimeseriesSpec(
                "lat", TSDataType.DOUBLE, TSEncoding.PLAIN, null, null, Map.of("t", "1"), null));
    assertEquals("lat", aligned.name());
    assertEquals(Map.of("t", "1"), aligned.tags());
  }
}
