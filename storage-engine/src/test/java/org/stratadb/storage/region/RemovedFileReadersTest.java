package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.BlockIterator;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.SeriesScan;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.testing.RegionFixtures;

class RemovedFileReadersTest {
  @TempDir Path home;

  private static Object field(Object target, String name) throws Exception {
    Field f = target.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }

  @Test
  void noReaderOfACompactedSourceStaysOpenAfterTheFileIsDeleted() throws Exception {
    try (StorageEngine engine = StorageEngine.open(StorageOptions.defaults(home))) {
      DataRegion region = engine.openRegion("root.sg", 1);
      RegionMaintenance m = (RegionMaintenance) field(region, "maintenance");
      m.pauseSchedule();
      RegionCompactor c = (RegionCompactor) field(m, "compactor");
      EngineServices services = (EngineServices) field(c, "services");
      for (int i = 0; i < 4; i++) {
        region.write(
            RegionFixtures.series(
                "root.sg.d1", "s1", 0, RegionFixtures.range(i * 10_000L, i * 10_000L + 3000)));
        region.flush();
      }
      SeriesScan scan =
          new SeriesScan(
              "root.sg.d1",
              false,
              List.of("s1"),
              List.of(TSDataType.DOUBLE),
              TimeRange.ALL,
              null,
              1000);
      int rows = 0;
      try (BlockIterator blocks = region.scan(scan)) {
        rows += blocks.next().getPositionCount();
        c.compactOnce(); // swaps the 4 sources for one target while the scan holds them
        while (blocks.hasNext()) {
          rows += blocks.next().getPositionCount();
        }
      }
      assertEquals(12_000, rows);
      c.finishLogs();
      // sources are deleted now; the target has not been read: no reader should be open
      assertEquals(0, services.readers().openReaders(), "readers of deleted sources still open");
    }
  }
}
