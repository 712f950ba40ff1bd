package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Finds the region's sealed TsFiles after a restart, whatever moment the last run stopped at.
 *
 * <p>A flushed file whose generation still has a WAL segment was never committed (the segment goes
 * only after every file of its generation is sealed), so it is deleted and the WAL replay makes it
 * again. A file whose resource is missing or damaged gets it rebuilt from the TsFile; a TsFile that
 * cannot be read is moved to a quarantine directory rather than deleted, and logged.
 */
final class RegionRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(RegionRecovery.class);
  private static final String TSFILE_SUFFIX = TsFileName.SUFFIX;

  private final RegionLayout layout;
  private final Set<Long> uncommittedGenerations;
  private final PartitionRecoveryHook hook;

  /** Lets other parts (compaction) finish or undo their work in a partition before files load. */
  interface PartitionRecoveryHook {
    void recover(Path partitionDir) throws IOException;
  }

  RegionRecovery(
      RegionLayout layout, Set<Long> uncommittedGenerations, PartitionRecoveryHook hook) {
    this.layout = layout;
    this.uncommittedGenerations = uncommittedGenerations;
    this.hook = hook;
  }

  List<TsFileHandle> loadFiles() throws IOException {
    // A compaction may have sources in other partition directories (other data dirs, the other
    // space), so every unfinished one is settled before any file is loaded.
    for (PartitionDir dir : partitionDirs()) {
      hook.recover(dir.path());
    }
    List<TsFileHandle> handles = new ArrayList<>();
    for (PartitionDir dir : partitionDirs()) {
      loadPartition(dir.dataDir(), dir.path(), dir.sequence(), dir.partition(), handles);
    }
    return handles;
  }

  private record PartitionDir(Path dataDir, Path path, boolean sequence, long partition) {}

  private List<PartitionDir> partitionDirs() throws IOException {
    List<PartitionDir> dirs = new ArrayList<>();
    for (Path dataDir : layout.dataDirs()) {
      for (boolean sequence : new boolean[] {true, false}) {
        Path spaceDir = layout.spaceDir(dataDir, sequence);
        if (!Files.isDirectory(spaceDir)) {
          continue;
        }
        try (DirectoryStream<Path> partitions = Files.newDirectoryStream(spaceDir)) {
          for (Path partitionDir : partitions) {
            Long partition = parsePartition(partitionDir);
            if (partition != null) {
              dirs.add(new PartitionDir(dataDir, partitionDir, sequence, partition));
            }
          }
        }
      }
    }
    return dirs;
  }

  private void loadPartition(
      Path dataDir, Path dir, boolean sequence, long partition, List<TsFileHandle> out)
      throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + TSFILE_SUFFIX)) {
      for (Path file : files) {
        TsFileName name = parseName(file);
        if (name == null) {
          continue;
        }
        if (name.innerCompactions() == 0
            && name.crossCompactions() == 0
            && uncommittedGenerations.contains(name.version())) {
          LOG.info("Removing {}: its generation was not committed, the WAL replays it", file);
          TsFileCompanions.deleteAll(file);
          continue;
        }
        TsFileResource resource = loadOrRebuild(dataDir, file, sequence, partition);
        if (resource != null) {
          out.add(new TsFileHandle(resource));
        }
      }
    }
    deleteOrphans(dir);
  }

  private TsFileResource loadOrRebuild(Path dataDir, Path file, boolean sequence, long partition)
      throws IOException {
    try {
      return TsFileResource.load(file);
    } catch (IOException | RuntimeException loadFailure) {
      try {
        TsFileResource rebuilt = TsFileResource.rebuild(file, sequence, partition);
        rebuilt.save();
        LOG.warn("Rebuilt the resource of {} ({})", file, loadFailure.getMessage());
        return rebuilt;
      } catch (IOException | RuntimeException rebuildFailure) {
        quarantine(dataDir, file, rebuildFailure);
        return null;
      }
    }
  }

  private void quarantine(Path dataDir, Path file, Exception cause) throws IOException {
    Path target =
        dataDir
            .resolve("quarantine")
            .resolve(layout.database())
            .resolve(Integer.toString(layout.regionId()))
            .resolve(file.getParent().getFileName().toString());
    Files.createDirectories(target);
    for (Path companion : TsFileCompanions.of(file)) {
      if (Files.exists(companion)) {
        Files.move(
            companion,
            target.resolve(companion.getFileName()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
    LOG.error("Moved unreadable TsFile {} to {}: {}", file, target, cause.toString());
  }

  /** Resource and mods files whose TsFile is gone are leftovers of a removal cut short. */
  private static void deleteOrphans(Path dir) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        int tsfileEnd = name.indexOf(TSFILE_SUFFIX);
        if (tsfileEnd > 0 && !name.endsWith(TSFILE_SUFFIX)) {
          Path tsFile = file.resolveSibling(name.substring(0, tsfileEnd + TSFILE_SUFFIX.length()));
          if (!Files.exists(tsFile)) {
            Files.deleteIfExists(file);
          }
        }
      }
    }
  }

  private static TsFileName parseName(Path file) {
    try {
      return TsFileName.parse(file.getFileName().toString());
    } catch (RuntimeException e) {
      LOG.warn("Ignoring {}: not a TsFile name StrataDB writes", file);
      return null;
    }
  }

  private static Long parsePartition(Path dir) {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try {
      return Long.parseLong(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
