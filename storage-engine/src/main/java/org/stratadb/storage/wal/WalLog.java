package org.stratadb.storage.wal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.WalException;
import org.stratadb.storage.api.WalMode;

/**
 * The write-ahead log of one region: a directory of segments (see {@code docs/format/wal.md}).
 * {@link #append} writes a record and hands it to the OS; {@link #awaitDurable} waits for the fsync
 * the mode promises. Recovery reads the directory with {@link WalReplayer} before opening.
 *
 * <p>Locks: {@code appendLock} orders records in the file and guards the segment switch; {@code
 * forceLock} serializes forces, and is taken first when both are needed. Neither appends nor rolls
 * wait for a force, which is what lets the records of many writers pile up behind one fsync and
 * keeps a roll (done under the region's write lock) free of I/O waits.
 */
public final class WalLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WalLog.class);

  private final Path dir;
  private final WalMode mode;
  private final WalFiles files;
  private final SegmentSet closedSegments;
  private final WalSyncer syncer;
  private final ReentrantLock appendLock = new ReentrantLock();
  private final ReentrantLock forceLock = new ReentrantLock();

  /** Segments rolled but not yet forced, oldest first; guarded by {@code appendLock}. */
  private final Deque<SegmentWriter> rolled = new ArrayDeque<>();

  private final AtomicLong forces = new AtomicLong();
  private volatile SegmentWriter current;
  private volatile long currentId;
  private long lastTicket;
  private volatile long writtenTicket;
  private long forcedTicket;
  private volatile Throwable failure;
  private volatile boolean closed;

  private WalLog(Path dir, WalMode mode, long delayMillis, WalFiles files, SegmentSet closed) {
    this.dir = dir;
    this.mode = mode;
    this.files = files;
    this.closedSegments = closed;
    this.currentId = closed.highestId() + 1;
    String thread = "wal-" + mode.name().toLowerCase(Locale.ROOT) + "-" + dir;
    this.syncer =
        switch (mode) {
          case SYNC -> new WalSyncer(this::forceWritten, 0, thread);
          case ASYNC -> new WalSyncer(this::forceWritten, delayMillis, thread);
          case DISABLE -> null;
        };
  }

  /**
   * Opens a log in {@code dir}, creating it, with a new segment after the highest one present.
   * Existing segments are left alone: replay them first, delete them when flushed.
   *
   * @throws UncheckedIOException if the directory or the first segment cannot be created
   */
  public static WalLog open(Path dir, WalMode mode, long asyncFsyncDelayMillis) {
    return open(dir, mode, asyncFsyncDelayMillis, 0, WalFiles.DEFAULT);
  }

  /**
   * Like {@link #open(Path, WalMode, long)}, with the new segment's id at least {@code
   * minSegmentId}: segment ids name memtable generations, which must sort after every version
   * already used by a TsFile even when the WAL directory was emptied by a clean shutdown.
   */
  public static WalLog open(Path dir, WalMode mode, long asyncFsyncDelayMillis, long minSegmentId) {
    return open(dir, mode, asyncFsyncDelayMillis, minSegmentId, WalFiles.DEFAULT);
  }

  static WalLog open(Path dir, WalMode mode, long asyncFsyncDelayMillis, WalFiles files) {
    return open(dir, mode, asyncFsyncDelayMillis, 0, files);
  }

  private static WalLog open(
      Path dir, WalMode mode, long asyncFsyncDelayMillis, long minSegmentId, WalFiles files) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(mode, "mode");
    if (mode == WalMode.ASYNC && asyncFsyncDelayMillis <= 0) {
      throw new IllegalArgumentException(
          "ASYNC WAL needs a positive fsync delay, got " + asyncFsyncDelayMillis);
    }
    try {
      Files.createDirectories(dir);
      WalLog log = new WalLog(dir, mode, asyncFsyncDelayMillis, files, SegmentSet.scan(dir));
      log.currentId = Math.max(log.currentId, minSegmentId);
      if (mode != WalMode.DISABLE) {
        log.current = SegmentWriter.create(dir, log.currentId, files);
        log.syncer.start();
      }
      LOG.info("WAL opened in {}: mode {}, segment {}", dir, mode, log.currentId);
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the WAL in " + dir, e);
    }
  }

  /**
   * Appends one record (the bytes between position and limit, which stay untouched) to the current
   * segment, and returns once the OS has it. Returns the record's ticket for {@link #awaitDurable};
   * tickets grow across segments. DISABLE mode writes nothing and returns 0.
   */
  public long append(ByteBuffer record) throws WalException {
    if (mode == WalMode.DISABLE) {
      return 0;
    }
    int length = record.remaining();
    if (length == 0 || length > WalFrame.MAX_PAYLOAD) {
      throw new IllegalArgumentException("WAL record of " + length + " bytes");
    }
    // The CRC is the costly part of framing, so it is computed before taking the lock.
    byte[] header = WalFrame.header(record);
    appendLock.lock();
    try {
      ensureWritable();
      current.append(header, record);
      long ticket = ++lastTicket;
      writtenTicket = ticket;
      return ticket;
    } catch (IOException e) {
      throw failed("append to segment " + currentId, e);
    } finally {
      appendLock.unlock();
    }
  }

  /**
   * SYNC: returns once the record of {@code ticket} is forced to disk. ASYNC and DISABLE: returns
   * at once, the background force (if any) comes later.
   */
  public void awaitDurable(long ticket) throws WalException {
    if (mode == WalMode.SYNC && ticket > 0) {
      syncer.await(ticket);
    }
  }

  /**
   * Forces and closes the current segment and starts the next; returns the new segment's id. The
   * caller keeps appends out while this runs.
   */
  public long roll() throws WalException {
    if (mode == WalMode.DISABLE) {
      return ++currentId;
    }
    // No force here: the caller holds its region's write lock, and an fsync of the old segment
    // would stall every writer and reader of the region. The next force (the background one in
    // ASYNC mode, a waiting writer's in SYNC mode) syncs and closes the rolled segment first.
    appendLock.lock();
    try {
      ensureWritable();
      SegmentWriter old = current;
      rolled.addLast(old);
      closedSegments.add(old.id(), old.size());
      current = SegmentWriter.create(dir, old.id() + 1, files);
      currentId = current.id();
      LOG.debug("WAL in {} rolled to segment {}", dir, currentId);
      return currentId;
    } catch (IOException e) {
      throw failed("roll segment " + currentId, e);
    } finally {
      appendLock.unlock();
    }
  }

  public long currentSegmentId() {
    return currentId;
  }

  /** Ids of the segments on disk, ascending: the closed ones and, unless DISABLE, the current. */
  public List<Long> segmentIds() {
    List<Long> ids = closedSegments.ids();
    // After a roll that failed half way the current id is already among the closed ones.
    if (mode != WalMode.DISABLE && !ids.contains(currentId)) {
      ids.add(currentId);
    }
    return ids;
  }

  /** Deletes the closed segments with ids below {@code segmentId}; the current one always stays. */
  public void deleteSegmentsBefore(long segmentId) {
    closedSegments.deleteBefore(Math.min(segmentId, currentId));
  }

  /** Bytes of all segments on disk, the current one included. */
  public long sizeInBytes() {
    SegmentWriter writer = current;
    return closedSegments.totalBytes() + (writer == null ? 0 : writer.size());
  }

  /** How many times the log forced a segment: a test seam and a metric of group commit. */
  public long forceCount() {
    return forces.get();
  }

  public WalMode mode() {
    return mode;
  }

  /**
   * Stops the background thread, forces and closes the current segment. A log that already failed
   * closes quietly; otherwise a failing final force is thrown, unchecked.
   */
  @Override
  public void close() {
    if (mode == WalMode.DISABLE || closed) {
      closed = true;
      return;
    }
    syncer.stopThread();
    forceLock.lock();
    appendLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeCurrent();
    } finally {
      appendLock.unlock();
      forceLock.unlock();
      syncer.close();
    }
  }

  private void closeCurrent() {
    try {
      if (failure == null) {
        forceCurrent();
      }
    } catch (IOException e) {
      failed("force on close", e);
      throw new UncheckedIOException("final force of the WAL in " + dir + " failed", e);
    } finally {
      // A failed log skips the final force; what was rolled still has to let go of its files.
      closeQuietly(new ArrayList<>(rolled));
      rolled.clear();
      closeQuietly(List.of(current));
    }
  }

  /** The {@link WalSyncer.Forcer}: forces the current segment if anything new was written. */
  private long forceWritten() throws IOException {
    forceLock.lock();
    try {
      if (closed || failure != null) {
        throw new IOException("WAL in " + dir + " is closed or failed", failure);
      }
      try {
        return forceCurrent();
      } catch (IOException e) {
        failed("force segment " + currentId, e);
        throw e;
      }
    } finally {
      forceLock.unlock();
    }
  }

  /**
   * Under {@code forceLock}. Every ticket up to {@code writtenTicket} is in the current segment, in
   * a rolled one not yet forced, or in one already forced and closed; so forcing the rolled ones
   * and then the current one covers them all. The three are read together under {@code appendLock},
   * so a roll cannot slip a segment between them.
   */
  private long forceCurrent() throws IOException {
    long target;
    SegmentWriter segment;
    List<SegmentWriter> pending;
    appendLock.lock();
    try {
      target = writtenTicket;
      segment = current;
      pending = new ArrayList<>(rolled);
      rolled.clear();
    } finally {
      appendLock.unlock();
    }
    try {
      if (target > forcedTicket) {
        for (SegmentWriter old : pending) {
          old.sync();
        }
        segment.sync();
        forces.incrementAndGet();
        forcedTicket = target;
      }
    } catch (IOException e) {
      closeQuietly(pending);
      throw e;
    }
    closeQuietly(pending);
    syncer.advance(target);
    return target;
  }

  private void closeQuietly(List<SegmentWriter> segments) {
    for (SegmentWriter segment : segments) {
      try {
        segment.close();
      } catch (IOException e) {
        LOG.warn("Closing WAL segment {} in {} failed: {}", segment.id(), dir, e.toString());
      }
    }
  }

  private void ensureWritable() throws WalException {
    if (failure != null) {
      throw new WalException(
          "WAL in " + dir + " failed earlier and takes no more records", failure);
    }
    if (closed) {
      throw new WalException("WAL in " + dir + " is closed", null);
    }
  }

  /** Puts the log into its failed state for good; later appends and waits throw. */
  private WalException failed(String action, IOException cause) {
    if (failure == null) {
      failure = cause;
      LOG.error(
          "WAL in {} failed to {}; it accepts no more writes: {}", dir, action, cause.toString());
    }
    if (syncer != null) {
      syncer.fail(cause);
    }
    return new WalException("WAL in " + dir + " failed to " + action, cause);
  }
}
