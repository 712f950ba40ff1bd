package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.datanode.schema.SchemaFixtures.create;
import static org.stratadb.datanode.schema.SchemaFixtures.expect;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.timeseries;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.apache.tsfile.utils.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.storage.api.ColumnSpec;

class SchemaWritePathTest {
  private static final TSDataType I64 = TSDataType.INT64;
  private static final TSDataType DBL = TSDataType.DOUBLE;

  @TempDir Path dir;
  private SchemaEngine engine;
  private SchemaRegion region;
  private final WriteColumns out = new WriteColumns();

  @BeforeEach
  void open() {
    engine = SchemaEngine.open(dir, SchemaSettings.defaults());
    region = engine.createRegion(1, path("root.sg"));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private void resolve(
      String device, boolean aligned, String[] names, TSDataType[] types, boolean auto) {
    region.resolveWrite(device, aligned, names, types, auto, out);
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void autoCreatesMissingSeriesWithDefaults(boolean aligned) {
    resolve("root.sg.d1", aligned, new String[] {"s1", "s2"}, new TSDataType[] {I64, DBL}, true);
    assertEquals(0, out.failedCount());
    assertEquals(
        new ColumnSpec("s1", I64, TSEncoding.TS_2DIFF, CompressionType.LZ4), out.column(0));
    assertEquals(new ColumnSpec("s2", DBL, TSEncoding.GORILLA, CompressionType.LZ4), out.column(1));
    assertEquals(aligned, out.aligned());
    assertEquals(aligned, region.series(path("root.sg.d1.s1")).orElseThrow().aligned());
    assertEquals(List.of("root.sg.d1.s1", "root.sg.d1.s2"), timeseries(region, "root.**"));
    // a second write adds a series to the same device
    resolve("root.sg.d1", aligned, new String[] {"s3", "s1"}, new TSDataType[] {DBL, I64}, true);
    assertEquals(0, out.failedCount());
    assertEquals("s3", out.column(0).measurement());
    assertEquals(3, out.device().size());
  }

  @Test
  void existingSeriesResolveFromTheCachedView() {
    create(region, "root.sg.d1.s1", I64);
    create(region, "root.sg.d1.s2", DBL);
    DeviceSchema first = region.deviceSchema("root.sg.d1");
    assertSame(first, region.deviceSchema("root.sg.d1"));
    assertSame(first, region.deviceSchema(path("root.sg.d1")));
    resolve("root.sg.d1", false, new String[] {"s2", "s1"}, new TSDataType[] {DBL, I64}, false);
    assertEquals(0, out.failedCount());
    assertSame(first.column(first.indexOf("s2")), out.column(0));
    assertSame(first, out.device());
    // a change to the device replaces its view
    create(region, "root.sg.d1.s3", I64);
    DeviceSchema second = region.deviceSchema("root.sg.d1");
    assertFalse(first == second);
    assertEquals(3, second.size());
    assertEquals(-1, second.indexOf("nope"));
    assertEquals(TSDataType.INT64, second.type(second.indexOf("s3")));
    assertNull(region.deviceSchema("root.sg.nodevice"));
    // a non-canonical spelling finds the same device
    assertEquals(second.device(), region.deviceSchema("root.sg.`d1`").device());
  }

  @Test
  void typeMismatchIs507PerColumn() {
    create(region, "root.sg.d1.s1", I64);
    create(region, "root.sg.d1.s2", DBL);
    resolve("root.sg.d1", false, new String[] {"s1", "s2"}, new TSDataType[] {DBL, DBL}, true);
    assertEquals(1, out.failedCount());
    assertNull(out.column(0));
    assertEquals(StatusCode.METADATA_ERROR, out.failure(0).statusCode());
    assertEquals(
        "data type of root.sg.d1.s1 is not consistent, registered type INT64, inserting type DOUBLE",
        out.failure(0).getMessage());
    assertNotNull(out.column(1));
    assertEquals(
        "Fail to insert measurements [s1] caused by [data type of root.sg.d1.s1 is not consistent,"
            + " registered type INT64, inserting type DOUBLE]",
        out.summary(new String[] {"s1", "s2"}).getMessage());
    assertEquals(
        "data type of root.sg.d1.s1 is not consistent, registered type INT64, inserting type"
            + " DOUBLE, timestamp 7, value 1.5",
        SchemaErrors.typeMismatch("root.sg.d1", "s1", I64, DBL, 7, 1.5).getMessage());
    assertEquals(
        100,
        SchemaErrors.typeMismatch("root.sg.d1", "s1", I64, DBL, 7, "x".repeat(500))
                .getMessage()
                .length()
            - SchemaErrors.typeMismatch("root.sg.d1", "s1", I64, DBL, 7, "").getMessage().length());
  }

  @Test
  void nullTypeTakesTheRegisteredType() {
    create(region, "root.sg.d1.s1", I64);
    resolve("root.sg.d1", false, new String[] {"s1", "s2"}, new TSDataType[] {null, null}, true);
    assertEquals(I64, out.type(0));
    assertNull(out.column(1)); // unknown type for a missing series: skipped, not failed
    assertNull(out.failure(1));
    assertEquals(0, out.failedCount());
    assertTrue(region.series(path("root.sg.d1.s2")).isEmpty());
  }

  @Test
  void nullMeasurementsAreSkipped() {
    resolve("root.sg.d1", false, new String[] {null, "s1"}, new TSDataType[] {I64, I64}, true);
    assertNull(out.column(0));
    assertNull(out.failure(0));
    assertNotNull(out.column(1));
  }

  @Test
  void missingSeriesWithoutAutoCreateIs508() {
    create(region, "root.sg.d1.s1", I64);
    resolve("root.sg.d1", false, new String[] {"s1", "s9"}, new TSDataType[] {I64, I64}, false);
    assertNotNull(out.column(0));
    assertEquals(StatusCode.PATH_NOT_EXIST, out.failure(1).statusCode());
    assertEquals("Path [root.sg.d1.s9] does not exist", out.failure(1).getMessage());
    resolve("root.sg.`d2`", false, new String[] {"s1"}, new TSDataType[] {I64}, false);
    assertEquals("Path [root.sg.d2.s1] does not exist", out.failure(0).getMessage());
    assertEquals(1, region.seriesCount());
  }

  @Test
  void alignmentOfAnExistingDeviceWinsWhenNothingIsCreated() {
    region.createAlignedTimeseries(path("root.sg.a"), List.of(MeasurementSpec.of("s1", I64)));
    resolve("root.sg.a", false, new String[] {"s1"}, new TSDataType[] {I64}, true);
    assertEquals(0, out.failedCount());
    assertTrue(out.aligned());
  }

  @Test
  void autoCreatingWithTheOtherAlignmentIs609() {
    region.createAlignedTimeseries(path("root.sg.a"), List.of(MeasurementSpec.of("s1", I64)));
    create(region, "root.sg.n.s1", I64);
    expect(
        StatusCode.ALIGNED_TIMESERIES_ERROR,
        "Timeseries under this device is aligned, please use createTimeseries or change device."
            + " (Path: root.sg.a)",
        () -> resolve("root.sg.a", false, new String[] {"s2"}, new TSDataType[] {I64}, true));
    expect(
        StatusCode.ALIGNED_TIMESERIES_ERROR,
        "Timeseries under this device is not aligned, please use createTimeseries or change"
            + " device. (Path: root.sg.n)",
        () -> resolve("root.sg.n", true, new String[] {"s2"}, new TSDataType[] {I64}, true));
    assertEquals(2, region.seriesCount());
  }

  @Test
  void creationErrorsFailTheirColumnOrTheWholeWrite() {
    create(region, "root.sg.d1.x.y", I64);
    create(region, "root.sg.m.s1", I64);
    resolve(
        "root.sg.d1",
        false,
        new String[] {"x", "ok", "time"},
        new TSDataType[] {I64, I64, I64},
        true);
    assertEquals(StatusCode.PATH_ALREADY_EXIST, out.failure(0).statusCode());
    assertNotNull(out.column(1));
    assertEquals(StatusCode.ILLEGAL_PATH, out.failure(2).statusCode());
    assertEquals(2, out.failedCount());
    // a series on the device path fails everything
    expect(
        StatusCode.PATH_ALREADY_EXIST,
        "Path [root.sg.m.s1] already exist",
        () -> resolve("root.sg.m.s1.d", false, new String[] {"a"}, new TSDataType[] {I64}, true));
    expect(
        StatusCode.DATABASE_NOT_EXIST,
        null,
        () -> resolve("root.other.d", false, new String[] {"a"}, new TSDataType[] {I64}, true));
    expect(
        StatusCode.ILLEGAL_PATH,
        null,
        () -> resolve("root.sg.bad-name", false, new String[] {"a"}, new TSDataType[] {I64}, true));
  }

  @Test
  void duplicateMeasurementInOneWriteIsCreatedOnce() {
    resolve("root.sg.d", false, new String[] {"s", "s"}, new TSDataType[] {I64, I64}, true);
    assertEquals(0, out.failedCount());
    assertSame(out.column(0), out.column(1));
    assertEquals(1, region.seriesCount());
  }

  @Test
  void writeColumnsAreReusedAcrossWidths() {
    String[] wide = new String[40];
    TSDataType[] types = new TSDataType[40];
    for (int i = 0; i < wide.length; i++) {
      wide[i] = "s" + i;
      types[i] = i % 2 == 0 ? I64 : DBL;
    }
    resolve("root.sg.w", false, wide, types, true);
    assertEquals(40, out.count());
    assertEquals(0, out.failedCount());
    resolve("root.sg.w", false, new String[] {"s0"}, new TSDataType[] {DBL}, true);
    assertEquals(1, out.count());
    assertEquals(1, out.failedCount());
    resolve("root.sg.w", false, new String[] {"s0", "s1"}, new TSDataType[] {I64, DBL}, true);
    assertEquals(0, out.failedCount());
    assertNull(out.failure(0));
  }

  @Test
  void resolvingAnExistingDeviceAllocatesNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    String[] names = {"s1", "s2", "s3"};
    TSDataType[] types = {I64, DBL, TSDataType.BOOLEAN};
    resolve("root.sg.d1", true, names, types, true);
    for (int i = 0; i < 10_000; i++) {
      resolve("root.sg.d1", true, names, types, true); // warm up, let the JIT settle
    }
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < 100_000; i++) {
      region.resolveWrite("root.sg.d1", true, names, types, true, out);
    }
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
    assertEquals(0, out.failedCount());
    // allow a little noise from the measurement itself, never anything per call
    assertTrue(allocated < 100_000, "allocated " + allocated + " bytes in 100000 calls");
  }

  @Test
  void textValuesUseTheRegisteredTypeOrInferOne() {
    create(region, "root.sg.d1.i", TSDataType.INT32);
    create(region, "root.sg.d1.t", TSDataType.TEXT);
    String[] names = {"i", "t", "b", "n", "f", "x", "nil"};
    String[] values = {"42", "'quoted'", "TRUE", "7", "1.5", "hello", "null"};
    region.resolveTextWrite("root.sg.d1", false, names, values, true, out);
    assertEquals(0, out.failedCount());
    assertEquals(42, out.value(0));
    assertEquals(new Binary("quoted", StandardCharsets.UTF_8), out.value(1));
    assertEquals(Boolean.TRUE, out.value(2));
    assertEquals(TSDataType.BOOLEAN, out.type(2));
    assertEquals(7.0, out.value(3));
    assertEquals(TSDataType.DOUBLE, out.type(3));
    assertEquals(1.5, out.value(4));
    assertEquals(TSDataType.TEXT, out.type(5));
    assertNull(out.column(6));
    assertTrue(region.series(path("root.sg.d1.nil")).isEmpty());
  }

  @Test
  void textValueThatDoesNotParseIs507() {
    create(region, "root.sg.d1.i", TSDataType.INT32);
    region.resolveTextWrite(
        "root.sg.d1", false, new String[] {"i", "j"}, new String[] {"12.11", "3"}, true, out);
    assertEquals(1, out.failedCount());
    assertEquals(
        "data type is not consistent, input 12.11, registered INT32", out.failure(0).getMessage());
    assertNull(out.value(0));
    assertEquals(3.0, out.value(1));
    assertEquals(
        "Fail to insert measurements [i] caused by [data type is not consistent, input 12.11,"
            + " registered INT32]",
        out.summary(new String[] {"i", "j"}).getMessage());
    assertNull(new WriteColumns().summary(new String[0]));
  }

  @Test
  void deviceViewCacheIsBounded(@TempDir Path other) {
    try (SchemaEngine small =
        SchemaEngine.open(other, SchemaSettings.builder().deviceCacheSize(16).build())) {
      SchemaRegion r = small.createRegion(1, path("root.sg"));
      for (int d = 0; d < 100; d++) {
        r.resolveWrite(
            "root.sg.d" + d, false, new String[] {"s"}, new TSDataType[] {I64}, true, out);
        r.resolveWrite(
            "root.sg.d" + d, false, new String[] {"s"}, new TSDataType[] {I64}, true, out);
        assertTrue(r.cachedViews() <= 16, "cached " + r.cachedViews());
      }
      for (int d = 0; d < 100; d++) {
        assertEquals(1, r.deviceSchema("root.sg.d" + d).size());
      }
      assertEquals(100, r.deviceCount());
    }
  }
}
