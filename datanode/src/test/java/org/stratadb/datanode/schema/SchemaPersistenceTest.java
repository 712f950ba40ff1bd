package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.datanode.schema.SchemaFixtures.create;
import static org.stratadb.datanode.schema.SchemaFixtures.full;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.pattern;
import static org.stratadb.datanode.schema.SchemaFixtures.patterns;
import static org.stratadb.datanode.schema.SchemaFixtures.timeseries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaPersistenceTest {
  @TempDir Path dir;

  private static SchemaSettings settings(int snapshotEvery) {
    return SchemaSettings.builder().snapshotEveryRecords(snapshotEvery).build();
  }

  /** Everything a region shows, for comparing a recovered region with the original. */
  static List<String> dump(SchemaRegion region) {
    List<String> out = new ArrayList<>();
    for (TimeseriesRow row : region.showTimeseries(pattern("root.**"), null, 0, 0)) {
      out.add(row.cells().toString());
    }
    for (DeviceRow row : region.showDevices(pattern("root.**"), 0, 0)) {
      out.add(row.device() + " aligned=" + row.aligned());
    }
    return out;
  }

  /** A copy of the files as a crash would leave them (nothing closed, nothing flushed more). */
  static Path crashCopy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }

  private static void populate(SchemaRegion region) {
    create(region, "root.sg.d1.s1", TSDataType.INT64);
    region.createTimeseries(
        path("root.sg.d1"),
        new MeasurementSpec(
            "s2",
            TSDataType.TEXT,
            null,
            null,
            "alias2",
            Map.of("k", "v"),
            Map.of("a", "b"),
            Map.of("loss", "sdt", "compdev", "0.5")));
    region.createAlignedTimeseries(
        path("root.sg.`odd.name`"),
        List.of(
            MeasurementSpec.of("x", TSDataType.FLOAT),
            MeasurementSpec.of("温度", TSDataType.DOUBLE)));
    create(region, "root.sg.s0", TSDataType.BOOLEAN);
    create(region, "root.sg.gone.s", TSDataType.BOOLEAN);
    region.deleteTimeseries(patterns("root.sg.gone.s"));
    WriteColumns out = new WriteColumns();
    region.resolveWrite(
        "root.sg.w",
        true,
        new String[] {"a", "b"},
        new TSDataType[] {TSDataType.INT32, null},
        true,
        out);
  }

  @Test
  void closeAndReopenRebuildsTheTree() {
    List<String> before;
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(7, path("root.sg"));
      engine.createRegion(8, path("root.other"));
      populate(region);
      before = dump(region);
    }
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      assertEquals(List.of(7, 8), engine.regions().stream().map(SchemaRegion::id).toList());
      SchemaRegion region = engine.region(7).orElseThrow();
      assertEquals(path("root.sg"), region.database());
      assertEquals(before, dump(region));
      assertEquals("alias2", region.series(path("root.sg.d1.alias2")).orElseThrow().alias());
      // the recovered region keeps working and checks as before
      create(region, "root.sg.d1.s3", TSDataType.INT32);
      SchemaFixtures.expect(
          org.stratadb.commons.error.StatusCode.ALIAS_ALREADY_EXIST,
          null,
          () -> region.createTimeseries(path("root.sg.d1"), full("s4", "alias2", null, null)));
    }
  }

  @Test
  void crashRecoveryReplaysTheLog(@TempDir Path crash) throws IOException {
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      populate(region);
      List<String> before = dump(region);
      crashCopy(dir, crash);
      assertTrue(Files.notExists(crash.resolve("region-1").resolve(RegionStore.SNAPSHOT_FILE)));
      try (SchemaEngine recovered = SchemaEngine.open(crash, settings(1000))) {
        assertEquals(before, dump(recovered.region(1).orElseThrow()));
      }
    }
  }

  @Test
  void everyTornTailKeepsEveryCompleteRecord(@TempDir Path work) throws IOException {
    List<Long> ends = new ArrayList<>();
    List<List<String>> states = new ArrayList<>();
    Path original = work.resolve("original");
    try (SchemaEngine engine = SchemaEngine.open(original, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      Path log = region.dir().resolve(RegionStore.LOG_FILE);
      ends.add(Files.size(log));
      states.add(dump(region));
      for (int i = 0; i < 6; i++) {
        if (i == 4) {
          region.deleteTimeseries(patterns("root.sg.d1.s1"));
        } else {
          region.createTimeseries(
              path("root.sg.d" + (i % 2)), full("s" + i, "a" + i, Map.of("t", "" + i), null));
        }
        ends.add(Files.size(log));
        states.add(dump(region));
      }
      crashCopy(original, work.resolve("copy"));
    }
    Path copyLog = work.resolve("copy/region-1").resolve(RegionStore.LOG_FILE);
    byte[] full = Files.readAllBytes(copyLog);
    long headerEnd = ends.get(0);
    for (long cut = headerEnd; cut <= full.length; cut++) {
      Path trial = work.resolve("cut-" + cut);
      crashCopy(work.resolve("copy"), trial);
      Path log = trial.resolve("region-1").resolve(RegionStore.LOG_FILE);
      try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
        ch.truncate(cut);
      }
      int complete = 0;
      while (complete + 1 < ends.size() && ends.get(complete + 1) <= cut) {
        complete++;
      }
      try (SchemaEngine engine = SchemaEngine.open(trial, settings(1000))) {
        SchemaRegion region = engine.region(1).orElseThrow();
        assertEquals(states.get(complete), dump(region), "cut at " + cut);
        assertEquals(ends.get(complete), Files.size(log), "torn tail truncated, cut " + cut);
        // appending after a repaired tail yields a readable log
        create(region, "root.sg.after.s", TSDataType.INT32);
      }
      try (SchemaEngine engine = SchemaEngine.open(trial, settings(1000))) {
        assertTrue(engine.region(1).orElseThrow().series(path("root.sg.after.s")).isPresent());
      }
    }
  }

  @Test
  void corruptRecordEndsReplayThere(@TempDir Path copy) throws IOException {
    List<String> afterTwo;
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      create(region, "root.sg.d.a", TSDataType.INT32);
      create(region, "root.sg.d.b", TSDataType.INT32);
      afterTwo = dump(region);
      long end = Files.size(region.dir().resolve(RegionStore.LOG_FILE));
      create(region, "root.sg.d.c", TSDataType.INT32);
      create(region, "root.sg.d.d", TSDataType.INT32);
      crashCopy(dir, copy);
      Path log = copy.resolve("region-1").resolve(RegionStore.LOG_FILE);
      byte[] bytes = Files.readAllBytes(log);
      bytes[(int) end + 12] ^= 0x40; // inside the third record's body
      Files.write(log, bytes);
      try (SchemaEngine recovered = SchemaEngine.open(copy, settings(1000))) {
        assertEquals(afterTwo, dump(recovered.region(1).orElseThrow()));
        assertEquals(end, Files.size(log));
      }
    }
  }

  @Test
  void snapshotsTruncateTheLog(@TempDir Path copy) throws IOException {
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(5))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      for (int i = 0; i < 12; i++) {
        create(region, "root.sg.d" + (i % 3) + ".s" + i, TSDataType.INT64);
      }
      Path regionDir = region.dir();
      assertTrue(Files.exists(regionDir.resolve(RegionStore.SNAPSHOT_FILE)));
      // two snapshots (after 5 and 10 records), two records since
      assertEquals(2, logRecords(regionDir));
      List<String> before = dump(region);
      crashCopy(dir, copy);
      try (SchemaEngine recovered = SchemaEngine.open(copy, settings(5))) {
        assertEquals(before, dump(recovered.region(1).orElseThrow()));
      }
      region.snapshot();
      assertEquals(0, logRecords(regionDir));
      assertEquals(before, dump(region));
    }
  }

  private static int logRecords(Path regionDir) throws IOException {
    OpLog.Recovered found = OpLog.open(regionDir.resolve(RegionStore.LOG_FILE));
    found.log().close();
    return found.entries().size();
  }

  @Test
  void crashBetweenSnapshotAndLogResetSkipsOldRecords(@TempDir Path copy) throws IOException {
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      populate(region);
      Path log = region.dir().resolve(RegionStore.LOG_FILE);
      byte[] oldLog = Files.readAllBytes(log);
      region.snapshot();
      List<String> before = dump(region);
      crashCopy(dir, copy);
      // as if the crash came after the snapshot's rename but before the log was replaced
      Files.write(copy.resolve("region-1").resolve(RegionStore.LOG_FILE), oldLog);
      try (SchemaEngine recovered = SchemaEngine.open(copy, settings(1000))) {
        SchemaRegion r = recovered.region(1).orElseThrow();
        assertEquals(before, dump(r));
        create(r, "root.sg.later.s", TSDataType.INT32);
      }
      try (SchemaEngine again = SchemaEngine.open(copy, settings(1000))) {
        assertTrue(again.region(1).orElseThrow().series(path("root.sg.later.s")).isPresent());
      }
    }
  }

  @Test
  void corruptSnapshotOrHeaderRefusesToOpen(@TempDir Path copy) throws IOException {
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      populate(region);
      region.snapshot();
    }
    crashCopy(dir, copy);
    Path snapshot = copy.resolve("region-1").resolve(RegionStore.SNAPSHOT_FILE);
    byte[] bytes = Files.readAllBytes(snapshot);
    bytes[bytes.length / 2] ^= 1;
    Files.write(snapshot, bytes);
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> SchemaEngine.open(copy, settings(1000)));
    assertTrue(e.getCause().getMessage().contains("checksum"), e.getCause().getMessage());

    Path log = dir.resolve("region-1").resolve(RegionStore.LOG_FILE);
    byte[] header = Files.readAllBytes(log);
    header[5] ^= 1; // region id inside the checksummed header
    Files.write(log, header);
    assertThrows(UncheckedIOException.class, () -> SchemaEngine.open(dir, settings(1000)));
  }

  @Test
  void snapshotAloneIsEnough(@TempDir Path copy) throws IOException {
    List<String> before;
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion region = engine.createRegion(1, path("root.sg"));
      populate(region);
      before = dump(region);
    }
    crashCopy(dir, copy);
    Files.delete(copy.resolve("region-1").resolve(RegionStore.LOG_FILE));
    try (SchemaEngine engine = SchemaEngine.open(copy, settings(1000))) {
      assertEquals(before, dump(engine.region(1).orElseThrow()));
    }
  }

  @Test
  void replicaSnapshotTransfer(@TempDir Path transfer) {
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      SchemaRegion leader = engine.createRegion(1, path("root.sg"));
      SchemaRegion follower = engine.createRegion(2, path("root.sg"));
      SchemaRegion stranger = engine.createRegion(3, path("root.other"));
      create(follower, "root.sg.stale.s", TSDataType.INT32);
      populate(leader);
      leader.writeSnapshot(transfer);
      follower.loadSnapshot(transfer);
      assertEquals(dump(leader), dump(follower));
      assertEquals(List.of(), timeseries(follower, "root.sg.stale.**"));
      SchemaFixtures.expect(
          org.stratadb.commons.error.StatusCode.ILLEGAL_PARAMETER,
          null,
          () -> stranger.loadSnapshot(transfer));
    }
    try (SchemaEngine engine = SchemaEngine.open(dir, settings(1000))) {
      assertEquals(dump(engine.region(1).orElseThrow()), dump(engine.region(2).orElseThrow()));
    }
  }

  @Test
  void closedRegionRefusesChanges() {
    SchemaEngine engine = SchemaEngine.open(dir, settings(1000));
    SchemaRegion region = engine.createRegion(1, path("root.sg"));
    engine.close();
    SchemaFixtures.expect(
        org.stratadb.commons.error.StatusCode.INTERNAL_SERVER_ERROR,
        null,
        () -> create(region, "root.sg.d.s", TSDataType.INT32));
    SchemaFixtures.expect(
        org.stratadb.commons.error.StatusCode.INTERNAL_SERVER_ERROR,
        null,
        () -> engine.createRegion(2, path("root.sg")));
  }
}
