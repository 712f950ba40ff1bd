package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Chooses the data directory for a new TsFile: the one with the most usable space. */
final class DataDirPicker {
  private final List<Path> dataDirs;

  DataDirPicker(List<Path> dataDirs) {
    this.dataDirs = List.copyOf(dataDirs);
  }

  Path pick() {
    if (dataDirs.size() == 1) {
      return dataDirs.get(0);
    }
    Path best = dataDirs.get(0);
    long bestFree = -1;
    for (Path dir : dataDirs) {
      long free = usableSpace(dir);
      if (free > bestFree) {
        best = dir;
        bestFree = free;
      }
    }
    return best;
  }

  static long usableSpace(Path dir) {
    try {
      Files.createDirectories(dir);
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }
}
