package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Settles the compactions a crash interrupted, one log at a time. Every step is idempotent and the
 * log is deleted last, so a crash during recovery is recovered again the same way.
 */
final class LogRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(LogRecovery.class);

  private LogRecovery() {}

  static void recoverAll(Path partitionDir) throws IOException {
    if (!Files.isDirectory(partitionDir)) {
      return;
    }
    List<Path> logs = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(partitionDir, "*" + CompactionLog.SUFFIX)) {
      files.forEach(logs::add);
    }
    logs.sort(null);
    for (Path log : logs) {
      recover(log.toAbsolutePath().normalize());
    }
  }

  private static void recover(Path log) throws IOException {
    LogCodec.Contents contents = LogCodec.decode(ByteBuffer.wrap(Files.readAllBytes(log)), log);
    LogCodec.LoggedPlan plan = contents.plan();
    if (plan == null) {
      // torn while the plan was written: the target was not begun, but clear its name anyway
      Path target = targetNamedBy(log);
      if (target != null) {
        TsFileCompanions.deleteDurably(target);
      }
      LOG.warn("Removed torn compaction log {}; its sources stay", log);
      deleteLog(log);
      return;
    }
    switch (contents.marker()) {
      case DONE -> settleDone(log, plan);
      case EMPTY -> finish(log, plan, "no point survived");
      default -> settleUnfinished(log, plan);
    }
  }

  /** The target was complete once: keep it unless it is damaged and the sources are all there. */
  private static void settleDone(Path log, LogCodec.LoggedPlan plan) throws IOException {
    if (targetLoads(plan.target())) {
      finish(log, plan, "target done");
    } else if (allSourcesPresent(plan)) {
      rollBack(log, plan, "target damaged after it was done");
    } else if (rebuildTarget(plan)) {
      finish(log, plan, "target resource rebuilt");
    } else {
      throw new IOException(
          "compaction log "
              + log
              + ": target "
              + plan.target()
              + " is damaged and some sources are gone; left for an operator");
    }
  }

  /**
   * No marker: the sources are the truth. Only if the region deleted a source anyway (which it must
   * not before the marker) is a complete target kept, as the one copy left of that data.
   */
  private static void settleUnfinished(Path log, LogCodec.LoggedPlan plan) throws IOException {
    if (!allSourcesPresent(plan) && targetLoads(plan.target())) {
      LOG.error("Compaction log {} has no done marker but sources are gone; keeping target", log);
      finish(log, plan, "sources already gone");
    } else {
      rollBack(log, plan, "target not done");
    }
  }

  private static void finish(Path log, LogCodec.LoggedPlan plan, String why) throws IOException {
    TsFileCompanions.deleteDurably(plan.sources());
    if (!Files.exists(plan.target())) {
      // stray companions of a target that was never written
      TsFileCompanions.deleteDurably(plan.target());
    }
    LOG.info("Finished compaction into {} ({}): deleted its sources", plan.target(), why);
    deleteLog(log);
  }

  private static void rollBack(Path log, LogCodec.LoggedPlan plan, String why) throws IOException {
    TsFileCompanions.deleteDurably(plan.target());
    LOG.info("Rolled back compaction into {} ({}): its sources stay", plan.target(), why);
    deleteLog(log);
  }

  private static boolean targetLoads(Path target) {
    try {
      return Files.exists(target) && TsFileResource.load(target) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean rebuildTarget(LogCodec.LoggedPlan plan) {
    try {
      TsFileResource.rebuild(plan.target(), true, plan.partition()).save();
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.error("Cannot rebuild the resource of compaction target {}", plan.target(), e);
      return false;
    }
  }

  private static boolean allSourcesPresent(LogCodec.LoggedPlan plan) {
    for (Path source : plan.sources()) {
      if (!Files.exists(source)) {
        return false;
      }
    }
    return true;
  }

  /** The target a log's own name points at, or null when the name is not a target's. */
  private static Path targetNamedBy(Path log) {
    String name = log.getFileName().toString();
    String stem = name.substring(0, name.length() - CompactionLog.SUFFIX.length());
    String tsFile = stem + TsFileName.SUFFIX;
    return TsFileName.tryParse(tsFile).isPresent() ? log.resolveSibling(tsFile) : null;
  }

  private static void deleteLog(Path log) throws IOException {
    Files.deleteIfExists(log);
    FileSync.syncDirectory(log.getParent());
  }
}
