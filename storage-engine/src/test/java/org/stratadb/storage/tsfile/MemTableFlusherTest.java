package org.stratadb.storage.tsfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
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
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.testing.OpenFiles;
import org.stratadb.storage.testing.Seeds;
import org.stratadb.storage.testing.TestTablets;
import org.stratadb.storage.testing.TsFileContents;

class MemTableFlusherTest {
  private static final long SEED = Seeds.seed("flush.seed");

  @TempDir Path dir;
  private List<String> openFiles;

  @BeforeEach
  void countOpenFiles() {
    openFiles = OpenFiles.dataFiles();
  }

  @AfterEach
  void noFileLeftOpen() {
    assertEquals(openFiles, OpenFiles.dataFiles(), "open files after the test");
  }

  private static List<ColumnSpec> everyType(CompressionType compressor) {
    List<ColumnSpec> specs = new ArrayList<>();
    for (TSDataType type : TestTablets.TYPES) {
      ColumnSpec spec = ColumnSpec.of("s_" + type.name().toLowerCase(), type);
      specs.add(new ColumnSpec(spec.measurement(), type, spec.encoding(), compressor));
    }
    return specs;
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void everyTypeIsReadBackByApacheTsFile(boolean aligned) throws IOException {
    MemTable table = new MemTable();
    ExpectedPoints expected = new ExpectedPoints(SEED);
    List<String> devices =
        List.of("root.sg.d1", "root.sg.d1.x", "root.sg.a.b.c", "root.sg.d1-x", "root.sg.d10");
    List<CompressionType> compressors =
        List.of(CompressionType.LZ4, CompressionType.SNAPPY, CompressionType.UNCOMPRESSED);
    for (int round = 0; round < 3; round++) {
      for (int d = 0; d < devices.size(); d++) {
        List<ColumnSpec> specs = everyType(compressors.get(d % 3));
        // small spans: many out-of-order and repeated times, across several inserts
        expected.write(table, devices.get(d), aligned, specs.subList(0, 5), 300, 1000, 500, 4);
        expected.write(table, devices.get(d), aligned, specs.subList(3, 10), 300, 900, 700, 3);
      }
    }
    Path file = dir.resolve(new TsFileName(1, 7, 0, 0).fileName());
    TsFileResource resource = MemTableFlusher.flush(table, file, true, 3);

    TsFileContents contents = TsFileContents.read(file);
    assertEquals(expected.points, contents.points);
    for (int d = 0; d < devices.size(); d++) {
      for (ColumnSpec spec : everyType(compressors.get(d % 3))) {
        String series = devices.get(d) + "." + spec.measurement();
        assertEquals(spec.type(), contents.types.get(series));
        assertEquals(spec.encoding() + "/" + spec.compressor(), contents.codecs.get(series));
      }
    }
    assertEquals(new TreeSet<>(devices), resource.devices());
    for (String device : devices) {
      assertEquals(aligned, contents.aligned.get(device));
      assertEquals(aligned, resource.isAligned(device));
      assertEquals(expected.start(device), resource.startTime(device));
      assertEquals(expected.end(device), resource.endTime(device));
    }
    assertTrue(resource.sequence());
    assertEquals(3, resource.timePartition());
    assertEquals(7, resource.name().version());
    assertEquals(resource, TsFileResource.rebuild(file, true, 3));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList(), "no temp files left beside the TsFile");
    }
  }

  @Test
  void alignedAndNonAlignedDevicesShareAFile() throws IOException {
    MemTable table = new MemTable();
    ExpectedPoints expected = new ExpectedPoints(SEED);
    List<ColumnSpec> specs = everyType(CompressionType.LZ4);
    for (int d = 0; d < 6; d++) {
      expected.write(table, "root.sg.d" + d, d % 2 == 0, specs, 200, d * 100L, 400, 2);
    }
    Path file = dir.resolve("5-1-0-0.tsfile");
    TsFileResource resource = MemTableFlusher.flush(table, file, false, 0);
    TsFileContents contents = TsFileContents.read(file);
    assertEquals(expected.points, contents.points);
    for (int d = 0; d < 6; d++) {
      assertEquals(d % 2 == 0, contents.aligned.get("root.sg.d" + d));
    }
    assertEquals(resource, TsFileResource.rebuild(file, false, 0));
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void largeSeriesAreSplitIntoBoundedChunksAndPages(boolean aligned) throws IOException {
    MemTable table = new MemTable();
    ColumnSpec dense = ColumnSpec.of("dense", TSDataType.INT64);
    ColumnSpec sparse = ColumnSpec.of("sparse", TSDataType.DOUBLE);
    int rows = 250_000;
    TestTablets tablet = TestTablets.of("root.sg.big", aligned, dense, sparse);
    for (int i = rows - 1; i >= 0; i--) {
      // the sparse column only has values in the first chunk: later aligned chunks hold only nulls
      tablet.row(i, (long) i * 3, i < 50_000 && i % 7 == 0 ? i / 2.0 : null);
    }
    table.insert(tablet.build(), null, rows);
    Path file = dir.resolve("9-2-0-0.tsfile");
    TsFileResource resource = MemTableFlusher.flush(table, file, true, 0);

    TsFileContents contents = TsFileContents.read(file);
    assertEquals(rows, contents.points.get("root.sg.big").get("dense").size());
    assertEquals(50_000 / 7 + 1, contents.points.get("root.sg.big").get("sparse").size());
    assertEquals(3 * 1234L, contents.points.get("root.sg.big").get("dense").get(1234L));
    assertTrue(
        contents.maxChunkPoints <= ChunkSplitter.MAX_POINTS, "chunk " + contents.maxChunkPoints);
    assertTrue(contents.maxPagePoints <= 10_000, "page " + contents.maxPagePoints);
    assertTrue(contents.chunks >= 3);
    assertEquals(0, resource.startTime("root.sg.big"));
    assertEquals(rows - 1, resource.endTime("root.sg.big"));
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void chunksOfLargeValuesAreSplitBySize(boolean aligned) throws IOException {
    MemTable table = new MemTable();
    ColumnSpec blob = ColumnSpec.of("blob", TSDataType.BLOB);
    TestTablets tablet = TestTablets.of("root.sg.blobs", aligned, blob);
    byte[] bytes = new byte[10_000];
    int rows = 3_000;
    for (int i = 0; i < rows; i++) {
      // distinct random-looking payloads so compression cannot shrink the chunk below the limit
      new Random(i).nextBytes(bytes);
      tablet.row(i, new Binary(bytes.clone()));
    }
    table.insert(tablet.build(), null, rows);
    Path file = dir.resolve("1-9-0-0.tsfile");
    MemTableFlusher.flush(table, file, true, 0);
    TsFileContents contents = TsFileContents.read(file);
    assertEquals(rows, contents.points.get("root.sg.blobs").get("blob").size());
    long perChunk = ChunkSplitter.MAX_BYTES / bytes.length;
    assertTrue(contents.chunks >= rows / perChunk, contents.chunks + " chunks");
    assertTrue(contents.maxChunkPoints <= perChunk + 32, contents.maxChunkPoints + " points");
  }

  @ParameterizedTest(name = "aligned={0}")
  @ValueSource(booleans = {false, true})
  void deletedPointsAndEmptiedSeriesAreNotWritten(boolean aligned) throws IOException {
    MemTable table = new MemTable();
    ExpectedPoints expected = new ExpectedPoints(SEED);
    List<ColumnSpec> specs = everyType(CompressionType.LZ4).subList(0, 3);
    expected.write(table, "root.sg.kept", aligned, specs, 500, 0, 1000, 0);
    expected.write(table, "root.sg.gone", aligned, specs, 50, 0, 100, 0);
    for (ColumnSpec spec : specs) {
      table.delete("root.sg.gone", spec.measurement(), TimeRange.ALL);
    }
    table.delete("root.sg.kept", specs.get(0).measurement(), TimeRange.ALL);
    table.delete("root.sg.kept", specs.get(1).measurement(), new TimeRange(100, 899));
    expected.points.remove("root.sg.gone");
    expected.points.get("root.sg.kept").remove(specs.get(0).measurement());
    expected.points.get("root.sg.kept").get(specs.get(1).measurement()).subMap(100L, 900L).clear();

    Path file = dir.resolve("1-3-0-0.tsfile");
    TsFileResource resource = MemTableFlusher.flush(table, file, true, 0);
    TsFileContents contents = TsFileContents.read(file);
    assertEquals(expected.points, contents.points);
    assertEquals(List.of("root.sg.kept"), contents.deviceOrder);
    assertEquals(Set.of("root.sg.kept"), resource.devices());
    assertFalse(contents.types.containsKey("root.sg.kept." + specs.get(0).measurement()));
  }

  @Test
  void devicesFollowTsFileOrderNotStringOrder() throws IOException {
    MemTable table = new MemTable();
    ExpectedPoints expected = new ExpectedPoints(SEED);
    List<ColumnSpec> specs = List.of(ColumnSpec.of("s", TSDataType.INT32));
    for (String device :
        List.of("root.sg.d1-x", "root.sg.d1.a", "root.sg.d1", "root.b", "root.sg.`x.y`.z")) {
      expected.write(table, device, false, specs, 10, 0, 10, 0);
    }
    Path file = dir.resolve("1-4-0-0.tsfile");
    MemTableFlusher.flush(table, file, true, 0);
    TsFileContents contents = TsFileContents.read(file);
    assertEquals(expected.points, contents.points);
    assertEquals(
        // segment-wise: "root.sg" < "root.sg.`x.y`" < "root.sg.d1" as first segments
        List.of("root.b", "root.sg.d1", "root.sg.d1-x", "root.sg.`x.y`.z", "root.sg.d1.a"),
        contents.deviceOrder);
  }

  @Test
  void anEncodingTheTypeCannotTakeFallsBackToItsDefault() throws IOException {
    MemTable table = new MemTable();
    ExpectedPoints expected = new ExpectedPoints(SEED);
    ColumnSpec text = new ColumnSpec("t", TSDataType.TEXT, TSEncoding.GORILLA, CompressionType.LZ4);
    expected.write(table, "root.sg.d", false, List.of(text), 20, 0, 100, 0);
    Path file = dir.resolve("1-5-0-0.tsfile");
    MemTableFlusher.flush(table, file, true, 0);
    assertEquals(expected.points, TsFileContents.read(file).points);
  }

  @Test
  void refusesToOverwriteOrToWriteAnUnnamedFile() throws IOException {
    MemTable table = new MemTable();
    new ExpectedPoints(SEED)
        .write(table, "root.sg.d", false, everyType(CompressionType.LZ4), 5, 0, 5, 0);
    Path existing = Files.writeString(dir.resolve("1-6-0-0.tsfile"), "precious");
    assertThrows(
        FileAlreadyExistsException.class, () -> MemTableFlusher.flush(table, existing, true, 0));
    assertEquals("precious", Files.readString(existing));
    assertThrows(
        IllegalArgumentException.class,
        () -> MemTableFlusher.flush(table, dir.resolve("data.tsfile"), true, 0));
  }

  @Test
  void anEmptyMemTableGivesAReadableEmptyFile() throws IOException {
    Path file = dir.resolve("1-8-0-0.tsfile");
    TsFileResource resource = MemTableFlusher.flush(new MemTable(), file, true, 0);
    assertTrue(resource.devices().isEmpty());
    assertEquals(Map.of(), TsFileContents.read(file).points);
    assertEquals(resource, TsFileResource.rebuild(file, true, 0));
  }
}
