package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.datanode.schema.SchemaFixtures.create;
import static org.stratadb.datanode.schema.SchemaFixtures.devices;
import static org.stratadb.datanode.schema.SchemaFixtures.expect;
import static org.stratadb.datanode.schema.SchemaFixtures.full;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.pattern;
import static org.stratadb.datanode.schema.SchemaFixtures.patterns;
import static org.stratadb.datanode.schema.SchemaFixtures.timeseries;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.error.StatusCode;

class SchemaQueryTest {
  @TempDir Path dir;
  private SchemaEngine engine;
  private SchemaRegion region;

  @BeforeEach
  void open() {
    engine = SchemaEngine.open(dir, SchemaSettings.defaults());
    region = engine.createRegion(1, path("root.ln"));
    // created out of order on purpose: output is in path order
    create(region, "root.ln.wf02.wt02.status", TSDataType.BOOLEAN);
    create(region, "root.ln.wf01.wt01.temperature", TSDataType.FLOAT);
    create(region, "root.ln.wf01.wt01.status", TSDataType.BOOLEAN);
    create(region, "root.ln.wf02.wt02.hardware", TSDataType.TEXT);
    region.createTimeseries(
        path("root.ln.wf01.wt02"), full("speed", "velocity", Map.of("unit", "m/s"), null));
    region.createAlignedTimeseries(
        path("root.ln.wf03.gps"),
        List.of(
            MeasurementSpec.of("lon", TSDataType.DOUBLE),
            MeasurementSpec.of("lat", TSDataType.DOUBLE)));
    create(region, "root.ln.s0", TSDataType.INT32);
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "root.** | root.ln.s0 root.ln.wf01.wt01.status root.ln.wf01.wt01.temperature"
            + " root.ln.wf01.wt02.speed root.ln.wf02.wt02.hardware root.ln.wf02.wt02.status"
            + " root.ln.wf03.gps.lat root.ln.wf03.gps.lon",
        "root.ln.* | root.ln.s0",
        "root.ln.*.*.status | root.ln.wf01.wt01.status root.ln.wf02.wt02.status",
        "root.ln.wf01.** | root.ln.wf01.wt01.status root.ln.wf01.wt01.temperature"
            + " root.ln.wf01.wt02.speed",
        "root.**.status | root.ln.wf01.wt01.status root.ln.wf02.wt02.status",
        // "**" takes at least one node, so root.ln.s0 is not below root.ln.**
        "root.ln.**.s* | root.ln.wf01.wt01.status root.ln.wf01.wt02.speed"
            + " root.ln.wf02.wt02.status",
        "root.**.s* | root.ln.s0 root.ln.wf01.wt01.status root.ln.wf01.wt02.speed"
            + " root.ln.wf02.wt02.status",
        "root.ln.wf0*.*.*a* | root.ln.wf01.wt01.status root.ln.wf01.wt01.temperature"
            + " root.ln.wf02.wt02.hardware root.ln.wf02.wt02.status root.ln.wf03.gps.lat",
        "root.*.wf03.gps.lat | root.ln.wf03.gps.lat",
        "root.ln.wf01.wt02.velocity | root.ln.wf01.wt02.speed",
        "root.ln.*.*.velocity | root.ln.wf01.wt02.speed",
        "root.ln.wf01 | ",
        "root.ln | ",
        "root.other.** | ",
        "root.ln.wf01.wt01.status.** | ",
        "** | root.ln.s0 root.ln.wf01.wt01.status root.ln.wf01.wt01.temperature"
            + " root.ln.wf01.wt02.speed root.ln.wf02.wt02.hardware root.ln.wf02.wt02.status"
            + " root.ln.wf03.gps.lat root.ln.wf03.gps.lon",
      })
  void showTimeseriesByPattern(String pattern, String expected) {
    List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
    assertEquals(want, timeseries(region, pattern));
    assertEquals(want.size(), region.countTimeseries(pattern(pattern), null));
    assertEquals(
        want, region.fetchSeries(pattern(pattern)).stream().map(s -> s.path().toString()).toList());
  }

  @Test
  void fetchReportsAlignmentAndTypes() {
    List<SeriesSchema> gps = region.fetchSeries(pattern("root.ln.wf03.gps.*"));
    assertEquals(2, gps.size());
    assertTrue(gps.get(0).aligned());
    assertEquals(TSDataType.DOUBLE, gps.get(0).type());
    assertEquals(path("root.ln"), gps.get(0).database());
    SeriesSchema speed = region.fetchSeries(pattern("root.**.velocity")).get(0);
    assertEquals("speed", speed.measurement());
    assertEquals("velocity", speed.alias());
  }

  @Test
  void limitAndOffsetPageThroughInOrder() {
    List<String> all = timeseries(region, "root.**");
    List<String> paged =
        region.showTimeseries(pattern("root.**"), null, 3, 2).stream()
            .map(TimeseriesRow::timeseries)
            .toList();
    assertEquals(all.subList(2, 5), paged);
    assertEquals(List.of(), region.showTimeseries(pattern("root.**"), null, 3, 100));
    assertEquals(
        all.subList(7, 8),
        region.showTimeseries(pattern("root.**"), null, 0, 7).stream()
            .map(TimeseriesRow::timeseries)
            .toList());
  }

  @Test
  void whereFilters() {
    assertEquals(
        List.of("root.ln.wf01.wt02.speed"),
        region
            .showTimeseries(pattern("root.**"), SeriesFilters.tagEquals("unit", "m/s"), 0, 0)
            .stream()
            .map(TimeseriesRow::timeseries)
            .toList());
    assertEquals(
        1, region.countTimeseries(pattern("root.**"), SeriesFilters.tagContains("unit", "/")));
    assertEquals(
        0, region.countTimeseries(pattern("root.**"), SeriesFilters.tagContains("none", "x")));
    assertEquals(
        2,
        region.countTimeseries(pattern("root.**"), SeriesFilters.dataTypeIs(TSDataType.BOOLEAN)));
    assertEquals(3, region.countTimeseries(pattern("root.**"), SeriesFilters.pathContains("wf01")));
    // offsets count filtered rows only
    assertEquals(
        List.of("root.ln.wf02.wt02.status"),
        region
            .showTimeseries(pattern("root.**"), SeriesFilters.dataTypeIs(TSDataType.BOOLEAN), 1, 1)
            .stream()
            .map(TimeseriesRow::timeseries)
            .toList());
  }

  @Test
  void countGroupByLevel() {
    SortedMap<?, Long> level1 = region.countTimeseriesByLevel(pattern("root.**"), 1);
    assertEquals(Map.of(path("root.ln"), 8L), level1);
    SortedMap<?, Long> level2 = region.countTimeseriesByLevel(pattern("root.**"), 2);
    assertEquals(
        "{root.ln.s0=1, root.ln.wf01=3, root.ln.wf02=2, root.ln.wf03=2}", level2.toString());
    SortedMap<?, Long> level3 = region.countTimeseriesByLevel(pattern("root.ln.wf01.**"), 3);
    assertEquals("{root.ln.wf01.wt01=2, root.ln.wf01.wt02=1}", level3.toString());
    assertEquals(Map.of(), region.countTimeseriesByLevel(pattern("root.ln.s0"), 3));
  }

  @Test
  void devicesAndTheirOrder() {
    assertEquals(
        List.of(
            "root.ln",
            "root.ln.wf01.wt01",
            "root.ln.wf01.wt02",
            "root.ln.wf02.wt02",
            "root.ln.wf03.gps"),
        devices(region, "root.**"));
    assertEquals(
        List.of("root.ln.wf01.wt01", "root.ln.wf01.wt02"), devices(region, "root.ln.wf01.*"));
    assertEquals(List.of("root.ln.wf03.gps"), devices(region, "root.*.wf03.gps"));
    assertEquals(List.of(), devices(region, "root.ln.wf01"));
    assertEquals(5, region.countDevices(pattern("root.**")));
    assertEquals(2, region.countDevices(pattern("root.ln.*.wt02")));
    assertEquals(
        "{root.ln.wf01.wt02=false, root.ln.wf02.wt02=false, root.ln.wf03.gps=true}",
        region.showDevices(pattern("root.**"), 3, 2).stream()
            .collect(
                Collectors.toMap(
                    d -> d.device().toString(),
                    DeviceRow::aligned,
                    (a, b) -> a,
                    java.util.TreeMap::new))
            .toString());
    assertEquals(5, region.deviceCount());
    assertEquals(8, region.seriesCount());
  }

  @Test
  void deleteByPatternPrunesEmptyNodes() {
    List<SeriesSchema> deleted = region.deleteTimeseries(patterns("root.ln.wf01.**"));
    assertEquals(
        List.of(
            "root.ln.wf01.wt01.status", "root.ln.wf01.wt01.temperature", "root.ln.wf01.wt02.speed"),
        deleted.stream().map(s -> s.path().toString()).toList());
    assertTrue(region.tree().find(path("root.ln.wf01")) == null);
    assertEquals(List.of(), timeseries(region, "root.ln.wf01.**"));
    assertTrue(region.series(path("root.ln.wf01.wt02.velocity")).isEmpty());
    // the alias is free again
    region.createTimeseries(path("root.ln.wf01.wt02"), full("velocity", null, null, null));
    assertEquals(List.of("root.ln.wf01.wt02.velocity"), timeseries(region, "root.ln.wf01.**"));
  }

  @Test
  void deleteByAliasAndSeveralPatterns() {
    List<SeriesSchema> deleted =
        region.deleteTimeseries(
            patterns("root.ln.wf01.wt02.velocity", "root.**.status", "root.ln.wf01.wt01.*"));
    assertEquals(
        List.of(
            "root.ln.wf01.wt02.speed",
            "root.ln.wf01.wt01.status",
            "root.ln.wf02.wt02.status",
            "root.ln.wf01.wt01.temperature"),
        deleted.stream().map(s -> s.path().toString()).toList());
    assertEquals(4, region.seriesCount());
  }

  @Test
  void deletingAllOfADeviceMakesItAPlainNodeAgain() {
    create(region, "root.ln.wf03.gps.sub.x", TSDataType.INT32);
    region.deleteTimeseries(patterns("root.ln.wf03.gps.*"));
    assertEquals(List.of("root.ln.wf03.gps.sub"), devices(region, "root.ln.wf03.**"));
    // no longer aligned: a non-aligned series may now be created there
    create(region, "root.ln.wf03.gps.lat", TSDataType.INT32);
    assertEquals(false, region.series(path("root.ln.wf03.gps.lat")).orElseThrow().aligned());
    region.deleteTimeseries(patterns("root.ln.s0"));
    assertEquals(List.of(), devices(region, "root.ln"));
    assertTrue(region.tree().find(path("root.ln")) != null, "the database node stays");
  }

  @Test
  void deleteMatchingNothingReturnsNothing() {
    assertEquals(List.of(), region.deleteTimeseries(patterns("root.ln.nope.**")));
    assertEquals(8, region.seriesCount());
    expect(
        StatusCode.PATH_NOT_EXIST,
        "Timeseries [root.ln.nope.**] does not exist or is represented by schema template",
        () -> {
          throw SchemaErrors.timeseriesNotExist(List.of("root.ln.nope.**"));
        });
    assertEquals(
        "Timeseries [root.a.** ... root.c.**] does not exist or is represented by schema template",
        SchemaErrors.timeseriesNotExist(List.of("root.a.**", "root.b.**", "root.c.**"))
            .getMessage());
  }

  @Test
  void manyChildrenSwitchToAMapAndBack() {
    for (int i = 0; i < 40; i++) {
      create(region, String.format("root.ln.big.d%02d.s", i), TSDataType.INT32);
    }
    List<String> devices = devices(region, "root.ln.big.*");
    assertEquals(40, devices.size());
    assertEquals("root.ln.big.d00", devices.get(0));
    assertEquals("root.ln.big.d39", devices.get(39));
    region.deleteTimeseries(
        patterns("root.ln.big.d1*.s", "root.ln.big.d2*.s", "root.ln.big.d3*.s"));
    assertEquals(
        List.of(
            "root.ln.big.d00",
            "root.ln.big.d01",
            "root.ln.big.d02",
            "root.ln.big.d03",
            "root.ln.big.d04",
            "root.ln.big.d05",
            "root.ln.big.d06",
            "root.ln.big.d07",
            "root.ln.big.d08",
            "root.ln.big.d09"),
        devices(region, "root.ln.big.*"));
    create(region, "root.ln.big.d15.s", TSDataType.INT32);
    assertEquals("root.ln.big.d15", devices(region, "root.ln.big.*").get(10));
  }
}
