package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Makes the swap of a compaction's sources for its target crash-safe. The log lives beside the
 * target, as {@code <target name without .tsfile>.compaction} (so a scan for TsFile companions
 * never takes it for one), and says which files belong to the compaction:
 *
 * <ol>
 *   <li>{@link #begin}: the plan is logged and forced before the target is written;
 *   <li>{@link #targetDone}: once the target and its resource are on disk, a marker is appended;
 *   <li>the region swaps the files and deletes the sources, then calls {@link #finish}, which
 *       deletes the log.
 * </ol>
 *
 * <p>Until the marker is down, the sources are the truth and {@link #recover} rolls back (deletes
 * the target); after it, the target is, and recovery deletes what is left of the sources. A run
 * that fails before the marker is undone with {@link #abort}. Format: {@code
 * docs/format/compaction-log.md}.
 */
public final class CompactionLog {
  public static final String SUFFIX = ".compaction";

  private enum State {
    WRITING,
    TARGET_DONE,
    CLOSED
  }

  private final Path path;
  private final LogCodec.LoggedPlan plan;
  private State state = State.WRITING;

  private CompactionLog(Path path, LogCodec.LoggedPlan plan) {
    this.path = path;
    this.plan = plan;
  }

  /**
   * Logs {@code plan}, whose target is to be written into {@code partitionDir}, and forces the log
   * and its directory to disk.
   *
   * @throws FileAlreadyExistsException when the target or its log exists already
   */
  public static CompactionLog begin(Path partitionDir, CompactionPlan plan) throws IOException {
    Path target = partitionDir.resolve(plan.target().fileName()).toAbsolutePath().normalize();
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "target of a compaction");
    }
    List<Path> sources = new ArrayList<>(plan.sources().size());
    for (TsFileResource source : plan.sources()) {
      sources.add(source.path().toAbsolutePath().normalize());
    }
    LogCodec.LoggedPlan logged =
        new LogCodec.LoggedPlan(plan.kind(), plan.partition(), target, sources);
    Path log = logPathOf(target);
    try (FileChannel channel =
        FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writeFully(channel, LogCodec.header());
      writeFully(channel, LogCodec.planFrame(logged));
      channel.force(true);
    }
    FileSync.syncDirectory(log.getParent());
    return new CompactionLog(log, logged);
  }

  /** The log of a target TsFile: beside it, its TsFile suffix replaced by {@value #SUFFIX}. */
  public static Path logPathOf(Path targetTsFile) {
    String name = targetTsFile.getFileName().toString();
    String stem =
        name.endsWith(TsFileName.SUFFIX)
            ? name.substring(0, name.length() - TsFileName.SUFFIX.length())
            : name;
    return targetTsFile.resolveSibling(stem + SUFFIX);
  }

  public Path path() {
    return path;
  }

  /** The target TsFile, absolute. */
  public Path target() {
    return plan.target();
  }

  /** The source TsFiles, absolute. */
  public List<Path> sources() {
    return plan.sources();
  }

  /**
   * Records that the target is complete: its resource loads, or (when no point survived) there is
   * no target file at all. From here on, recovery finishes the compaction instead of undoing it.
   *
   * @throws IOException when the target is there but its resource does not load
   */
  public synchronized void targetDone() throws IOException {
    expect(State.WRITING, "targetDone");
    LogCodec.Marker marker = LogCodec.Marker.EMPTY;
    if (Files.exists(target())) {
      TsFileResource.load(target());
      marker = LogCodec.Marker.DONE;
    }
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      channel.position(channel.size());
      writeFully(channel, LogCodec.markerFrame(marker));
      channel.force(true);
    }
    state = State.TARGET_DONE;
  }

  /**
   * Ends a compaction whose sources the region has deleted: deletes the log.
   *
   * @throws IllegalStateException when the target is not done, or a source TsFile is still there
   *     (recovery would then have to delete it, and must still know of it)
   */
  public synchronized void finish() throws IOException {
    expect(State.TARGET_DONE, "finish");
    for (Path source : sources()) {
      if (Files.exists(source)) {
        throw new IllegalStateException("source " + source + " not deleted yet");
      }
    }
    deleteLog();
  }

  /**
   * Undoes a compaction that failed or was given up before the sources were touched: deletes the
   * target and its companions, then the log.
   *
   * @throws IllegalStateException when a source is already gone: the target is then the only copy
   */
  public synchronized void abort() throws IOException {
    if (state == State.CLOSED) {
      return;
    }
    for (Path source : sources()) {
      if (!Files.exists(source)) {
        throw new IllegalStateException("source " + source + " already deleted: finish instead");
      }
    }
    TsFileCompanions.deleteDurably(target());
    deleteLog();
  }

  /**
   * Finishes or rolls back every compaction logged in {@code partitionDir}, before the region loads
   * any file of the partition (or of any partition whose files a log may name). Afterwards either
   * all sources of a compaction are left, or its target and none of its sources.
   */
  public static void recover(Path partitionDir) throws IOException {
    LogRecovery.recoverAll(partitionDir);
  }

  private void deleteLog() throws IOException {
    Files.deleteIfExists(path);
    FileSync.syncDirectory(path.getParent());
    state = State.CLOSED;
  }

  private void expect(State expected, String call) {
    if (state != expected) {
      throw new IllegalStateException(call + " called on a compaction log in state " + state);
    }
  }

  private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
