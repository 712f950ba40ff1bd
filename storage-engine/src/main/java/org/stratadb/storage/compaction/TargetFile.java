package org.stratadb.storage.compaction;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.write.chunk.IChunkWriter;
import org.apache.tsfile.write.writer.TsFileIOWriter;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.read.RawChunk;
import org.stratadb.storage.tsfile.ChunkOutput;

/**
 * The TsFile a compaction writes, and the {@link ChunkOutput} of its chunk splitters. A device's
 * chunk group is opened only when its first chunk is written, so a device whose points were all
 * deleted leaves no trace; every chunk's bytes pass through the {@link RateLimiter} once on disk,
 * and an interrupted or cancelled compaction stops at the next chunk.
 */
final class TargetFile implements ChunkOutput {
  private final Path path;
  private final TsFileIOWriter writer;
  private final RateLimiter limiter;
  private final BooleanSupplier cancelled;
  private IDeviceID device;
  private boolean groupOpen;
  private long throttledUpTo;

  TargetFile(Path path, RateLimiter limiter, BooleanSupplier cancelled) throws IOException {
    this.path = path;
    this.limiter = limiter;
    this.cancelled = cancelled;
    this.writer = new TsFileIOWriter(path.toFile());
  }

  Path path() {
    return path;
  }

  /** The device whose chunks come next. */
  void startDevice(IDeviceID id) {
    device = id;
  }

  @Override
  public void write(IChunkWriter chunk) throws IOException {
    if (!groupOpen) {
      writer.startChunkGroup(device);
      groupOpen = true;
    }
    chunk.writeToFileWriter(writer);
    throttle();
    if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
      throw new InterruptedIOException("compaction into " + path + " interrupted");
    }
  }

  /** Copies a stored chunk as it is, without decoding it. */
  void writeRaw(RawChunk raw) throws IOException {
    if (!groupOpen) {
      writer.startChunkGroup(device);
      groupOpen = true;
    }
    writer.writeChunk(raw.chunk(), raw.metadata());
    throttle();
    if (Thread.currentThread().isInterrupted() || cancelled.getAsBoolean()) {
      throw new InterruptedIOException("compaction into " + path + " interrupted");
    }
  }

  /** Closes the device's chunk group, if it had any chunk. */
  void endDevice() throws IOException {
    if (groupOpen) {
      writer.endChunkGroup();
      groupOpen = false;
    }
    device = null;
  }

  /** Writes the index, forces the file and its directory to disk. */
  void seal() throws IOException {
    writer.endFile(); // also forces and closes the file
    throttle();
    FileSync.syncDirectory(path.toAbsolutePath().getParent());
  }

  /** Closes the writer, if still open, leaving the partial file for the caller to delete. */
  void closeQuietly() {
    if (writer.canWrite()) {
      try {
        writer.close();
      } catch (IOException | RuntimeException e) {
        // the file is deleted next; nothing in it matters any more
      }
    }
  }

  private void throttle() throws IOException {
    long position = writer.getPos();
    limiter.acquire(position - throttledUpTo);
    throttledUpTo = position;
  }
}
