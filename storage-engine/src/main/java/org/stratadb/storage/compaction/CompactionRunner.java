package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.read.TsFileReaderCache;
import org.stratadb.storage.tsfile.ChunkSplitter;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Runs a {@link CompactionPlan}: reads every series of the sources merged as a read of the region
 * would (newest point wins, deleted and expired points gone) and writes them into one new sealed
 * sequence TsFile. Aligned devices stay aligned, and each series keeps the type, encoding and
 * compressor of its newest source's chunks. The sources are only read: swapping them for the target
 * is the region's part, made crash-safe with a {@link CompactionLog}.
 *
 * <p>Stateless and thread-safe; compactions of different partitions may run at once.
 */
public final class CompactionRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CompactionRunner.class);

  private final int maxChunkPoints;
  private final BooleanSupplier cancelled;

  public CompactionRunner() {
    this(() -> false);
  }

  /**
   * A runner that stops at the next chunk once {@code cancelled} says so, failing the run with an
   * {@code InterruptedIOException} (the caller aborts the log; the sources stay). Interrupting the
   * thread would also stop it, but would close file channels shared with reads.
   */
  public CompactionRunner(BooleanSupplier cancelled) {
    this(ChunkSplitter.MAX_POINTS, cancelled);
  }

  /** With smaller chunks than a flush writes, so tests can cover chunk splitting cheaply. */
  CompactionRunner(int maxChunkPoints) {
    this(maxChunkPoints, () -> false);
  }

  private CompactionRunner(int maxChunkPoints, BooleanSupplier cancelled) {
    if (maxChunkPoints <= 0) {
      throw new IllegalArgumentException("maxChunkPoints must be positive");
    }
    this.maxChunkPoints = maxChunkPoints;
    this.cancelled = cancelled;
  }

  /**
   * Writes the target of {@code plan} into {@code targetDir}, forces it to disk and saves its
   * resource.
   *
   * @return the target's resource, or null when no point of the sources survives: then no file is
   *     left behind
   * @throws FileAlreadyExistsException when the target exists already
   * @throws IOException on any failure, after deleting what was written of the target
   */
  public TsFileResource run(
      CompactionPlan plan,
      Path targetDir,
      TsFileReaderCache readers,
      SourceView view,
      RateLimiter limiter)
      throws IOException {
    long started = System.nanoTime();
    Path target = targetDir.resolve(plan.target().fileName());
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "compaction never overwrites");
    }
    List<SeriesCatalog.Device> devices = SeriesCatalog.scan(plan.sources(), view, readers);
    TsFileResource.Builder builder = TsFileResource.builder(target, true, plan.partition());
    TargetFile file = new TargetFile(target, limiter, cancelled);
    try {
      TsFileResource resource = writeDevices(file, devices, view, readers, builder);
      if (resource == null) {
        discard(file, null);
        LOG.info("{} compaction of {} files left no point: no target", plan.kind(), count(plan));
        return null;
      }
      file.seal();
      resource.save();
      LOG.info(
          "{} compaction of {} files in partition {} wrote {} ({} devices, {} bytes) in {} ms",
          plan.kind(),
          count(plan),
          plan.partition(),
          target,
          resource.devices().size(),
          Files.size(target),
          (System.nanoTime() - started) / 1_000_000);
      return resource;
    } catch (IOException | RuntimeException | Error e) {
      discard(file, e);
      throw e;
    }
  }

  /** Writes every device; returns the target's resource, or null when no device had a point. */
  private TsFileResource writeDevices(
      TargetFile file,
      List<SeriesCatalog.Device> devices,
      SourceView view,
      TsFileReaderCache readers,
      TsFileResource.Builder builder)
      throws IOException {
    for (SeriesCatalog.Device device : devices) {
      if (device.aligned()) {
        AlignedWriter.write(file, device, view, readers, maxChunkPoints, builder);
      } else {
        SeriesWriter.write(file, device, view, readers, maxChunkPoints, builder);
      }
    }
    TsFileResource resource = builder.build();
    return resource.devices().isEmpty() ? null : resource;
  }

  /** Deletes what was written of the target; a failure to do so joins {@code cause}, if any. */
  private static void discard(TargetFile file, Throwable cause) throws IOException {
    file.closeQuietly();
    try {
      TsFileCompanions.deleteDurably(file.path());
    } catch (IOException e) {
      if (cause == null) {
        throw e;
      }
      cause.addSuppressed(e);
    }
  }

  private static int count(CompactionPlan plan) {
    return plan.sources().size();
  }
}
