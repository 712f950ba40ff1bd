package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.write.chunk.IChunkWriter;
import org.apache.tsfile.write.schema.IMeasurementSchema;

/**
 * Ends a chunk once it holds {@link #MAX_POINTS} points (or a smaller given bound) or about {@link
 * #MAX_BYTES} bytes, so that neither the writer nor a later reader holds an enormous chunk in
 * memory; each ended chunk goes to a {@link ChunkOutput}. Pages within a chunk are sealed by
 * TsFile's own writer (10,000 points or 64 KiB by default). Also records the first and last time
 * written, for the file's resource. Used by both flushes and compactions.
 */
public final class ChunkSplitter {
  public static final int MAX_POINTS = 100_000;
  public static final long MAX_BYTES = 8L << 20;

  /**
   * Estimating a chunk's size walks its encoders, so it is done every this many points: rarely for
   * fixed-width values, often for text and blobs, whose points may each be large.
   */
  private static final int FIXED_WIDTH_CHECK_INTERVAL = 1024;

  private static final int BINARY_CHECK_INTERVAL = 32;

  private final ChunkOutput out;
  private final IChunkWriter chunk;
  private final int maxPoints;
  private final int checkInterval;
  private int inChunk;
  private long points;
  private long firstTime;
  private long lastTime;

  /** Splits at {@link #MAX_POINTS} points or {@link #MAX_BYTES} bytes. */
  public ChunkSplitter(ChunkOutput out, IChunkWriter chunk, boolean binary) {
    this(out, chunk, MAX_POINTS, binary);
  }

  /**
   * @param maxPoints the most points (rows, for an aligned chunk) one chunk holds
   * @param binary whether any column holds text or blobs, whose size is checked more often
   */
  public ChunkSplitter(ChunkOutput out, IChunkWriter chunk, int maxPoints, boolean binary) {
    this.out = out;
    this.chunk = chunk;
    this.maxPoints = maxPoints;
    this.checkInterval = binary ? BINARY_CHECK_INTERVAL : FIXED_WIDTH_CHECK_INTERVAL;
  }

  public static boolean isBinary(TSDataType type) {
    return type == TSDataType.TEXT || type == TSDataType.STRING || type == TSDataType.BLOB;
  }

  /** Whether any of the columns of an aligned chunk is binary. */
  public static boolean anyBinary(List<? extends IMeasurementSchema> columns) {
    for (IMeasurementSchema column : columns) {
      if (isBinary(column.getType())) {
        return true;
      }
    }
    return false;
  }

  /** Called after each point (row, for an aligned chunk) handed to the chunk writer. */
  public void wrote(long time) throws IOException {
    if (points == 0) {
      firstTime = time;
    }
    lastTime = time;
    points++;
    inChunk++;
    if (inChunk >= maxPoints
        || (inChunk % checkInterval == 0 && chunk.estimateMaxSeriesMemSize() > MAX_BYTES)) {
      endChunk();
    }
  }

  /**
   * Writes what is left; call once after the last point. If any point was written, widens {@code
   * device}'s time range in {@code resource} to cover them.
   */
  public void finish(TsFileResource.Builder resource, String device, boolean aligned)
      throws IOException {
    if (inChunk > 0) {
      endChunk();
    }
    if (points > 0) {
      resource.device(device, firstTime, lastTime, aligned);
    }
  }

  /**
   * Ends the chunk in progress, if any: call before a stored chunk is copied into the same series,
   * so that the series' chunks stay in time order, then report the copy with {@link #copied}.
   */
  public void endPending() throws IOException {
    if (inChunk > 0) {
      endChunk();
    }
  }

  /** Accounts for a chunk copied as it is, right after {@link #endPending}. */
  public void copied(long startTime, long endTime, long count) {
    if (points == 0) {
      firstTime = startTime;
    }
    lastTime = endTime;
    points += count;
  }

  private void endChunk() throws IOException {
    out.write(chunk);
    inChunk = 0;
  }

  /** The points (rows, for an aligned chunk) written so far. */
  public long points() {
    return points;
  }
}
