package org.stratadb.storage.region;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.mods.ModsFile;
import org.stratadb.storage.mods.PathPattern;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Records deletions in the mods files of the TsFiles they can touch. A deletion is written only
 * next to files that may hold a matching device in its time range, so unrelated files never grow
 * mods that every later read would have to consult.
 */
final class DeletionApplier {

  /** Writes {@code deletions[from..]} to the files; returns the new count applied. */
  int applyToNewFiles(Collection<TsFileHandle> files, List<Deletion> deletions, int from)
      throws IOException {
    for (int i = from; i < deletions.size(); i++) {
      applyToFiles(deletions.get(i), files);
    }
    return deletions.size();
  }

  void applyToFiles(Deletion deletion, Collection<TsFileHandle> files) throws IOException {
    PathPattern pattern = PathPattern.parse(deletion.pathPattern());
    for (TsFileHandle handle : files) {
      if (touches(handle.resource(), pattern, deletion)) {
        ModsFile.forTsFile(handle.path()).append(deletion);
        handle.modsChanged();
      }
    }
  }

  static boolean touches(TsFileResource resource, PathPattern pattern, Deletion deletion) {
    for (String device : resource.devices()) {
      if (pattern.mayMatchDevice(device)
          && deletion.range().overlaps(resource.startTime(device), resource.endTime(device))) {
        return true;
      }
    }
    return false;
  }
}
