package org.stratadb.storage.region;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.memtable.MemTable;
import org.stratadb.storage.mods.PathPattern;

/**
 * Applies logged writes and deletions to the region state. The live paths call it after their WAL
 * append and WAL replay calls it for each record, so a replayed record has exactly the effect the
 * original had. Always called under the region write lock.
 */
final class RegionApplier {
  private final RegionState state;
  private final WriteRouter router;
  private final DeletionApplier files;
  private final Consumer<Tablet> onWritten;
  private final Consumer<PathPattern> onDeleted;

  RegionApplier(
      RegionState state,
      WriteRouter router,
      DeletionApplier files,
      Consumer<Tablet> onWritten,
      Consumer<PathPattern> onDeleted) {
    this.state = state;
    this.router = router;
    this.files = files;
    this.onWritten = onWritten;
    this.onDeleted = onDeleted;
  }

  void applyWrite(Tablet tablet) {
    Generation working = state.working();
    router.route(
        tablet,
        state.lastFlushed,
        (target, rows, count) -> working.memTable(target).insert(tablet, rows, count));
    onWritten.accept(tablet);
  }

  /**
   * Removes points from the working memtables in place; frozen generations never change, so they
   * keep the deletion aside; sealed files get it in their mods.
   */
  void applyDeletion(Deletion deletion, PathPattern pattern) throws IOException {
    for (Generation generation : state.generations()) {
      if (generation.frozen()) {
        generation.addLateDeletion(deletion);
      } else {
        deleteInPlace(generation, pattern, deletion);
      }
    }
    files.applyToFiles(deletion, state.files.all());
    onDeleted.accept(pattern);
  }

  private static void deleteInPlace(Generation generation, PathPattern pattern, Deletion deletion) {
    for (MemTable table : generation.memTables().values()) {
      for (String device : List.copyOf(table.devices())) {
        if (!pattern.mayMatchDevice(device)) {
          continue;
        }
        for (ColumnSpec column : table.columns(device)) {
          if (pattern.matches(device, column.measurement())) {
            table.delete(device, column.measurement(), deletion.range());
          }
        }
      }
    }
  }
}
