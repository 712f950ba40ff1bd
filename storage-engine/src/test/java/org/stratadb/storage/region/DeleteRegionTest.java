package org.stratadb.storage.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.storage.testing.RegionFixtures.range;
import static org.stratadb.storage.testing.RegionFixtures.read;
import static org.stratadb.storage.testing.RegionFixtures.series;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;

class DeleteRegionTest {
  @TempDir Path home;

  @Test
  void deletedRegionLeavesNoFilesAndReopensEmpty() throws Exception {
    try (StorageEngine engine = StorageEngine.open(StorageOptions.defaults(home))) {
      DataRegion doomed = engine.openRegion("root.a", 1);
      doomed.write(series("root.a.d", "s", 1, range(0, 100)));
      doomed.flush();
      doomed.write(series("root.a.d", "s", 1, range(100, 150)));
      DataRegion kept = engine.openRegion("root.a", 2);
      kept.write(series("root.a.d", "s", 1, range(0, 10)));

      engine.deleteRegion("root.a", 1);

      assertEquals(0, filesNamed(home, "/1/").count(), "files of region 1 remain");
      assertEquals(10, read(kept, "root.a.d", "s").size());
      DataRegion reopened = engine.openRegion("root.a", 1);
      assertTrue(read(reopened, "root.a.d", "s").isEmpty());
      engine.deleteRegion("root.b", 9);
    }
  }

  private static Stream<Path> filesNamed(Path root, String fragment) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all
          .filter(Files::isRegularFile)
          .filter(
              p ->
                  (p.toString() + "/").contains("root.a" + fragment)
                      || p.toString().contains("root.a-1"))
          .toList()
          .stream();
    }
  }
}
