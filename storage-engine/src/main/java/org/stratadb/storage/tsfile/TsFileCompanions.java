package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.mods.ModsFile;

/**
 * A TsFile and the files that live and die with it: its resource, the resource's temp file (left
 * when a crash stops {@link TsFileResource#save()} before its rename) and its mods.
 */
public final class TsFileCompanions {
  private static final String RESOURCE_TEMP_SUFFIX = TsFileResource.SUFFIX + FileSync.TEMP_SUFFIX;

  private TsFileCompanions() {}

  /** The TsFile first, then its resource (and the resource's temp file) and its mods. */
  public static List<Path> of(Path tsFile) {
    String name = tsFile.getFileName().toString();
    return List.of(
        tsFile,
        tsFile.resolveSibling(name + TsFileResource.SUFFIX),
        tsFile.resolveSibling(name + RESOURCE_TEMP_SUFFIX),
        tsFile.resolveSibling(name + ModsFile.SUFFIX));
  }

  /**
   * Deletes the companions before the TsFile, so no orphan companion can outlive it; returns
   * whether anything was there. The deletions are not forced to disk: see {@link #deleteDurably}.
   */
  public static boolean deleteAll(Path tsFile) throws IOException {
    List<Path> files = of(tsFile);
    boolean any = false;
    for (int i = files.size() - 1; i >= 0; i--) {
      any |= Files.deleteIfExists(files.get(i));
    }
    return any;
  }

  /** Deletes a TsFile and its companions and forces its directory; true if anything was there. */
  public static boolean deleteDurably(Path tsFile) throws IOException {
    return deleteDurably(List.of(tsFile));
  }

  /**
   * Deletes the TsFiles and their companions, each TsFile last so that no companion outlives it,
   * then forces every directory touched: once this returns, the deletions survive a crash.
   */
  public static boolean deleteDurably(Collection<Path> tsFiles) throws IOException {
    Set<Path> directories = new LinkedHashSet<>();
    for (Path tsFile : tsFiles) {
      if (deleteAll(tsFile)) {
        directories.add(tsFile.toAbsolutePath().getParent());
      }
    }
    for (Path directory : directories) {
      if (Files.isDirectory(directory)) {
        FileSync.syncDirectory(directory);
      }
    }
    return !directories.isEmpty();
  }
}
