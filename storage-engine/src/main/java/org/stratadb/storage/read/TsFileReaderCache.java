package org.stratadb.storage.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tsfile.read.TsFileSequenceReader;

/**
 * Open {@link TsFileSequenceReader}s shared by all reads of a process, so a query does not reopen a
 * file and re-read its metadata header. Each use holds a {@link Lease}; a reader is closed once it
 * is evicted (least recently used first, beyond {@code capacity} idle or busy readers) or its file
 * is {@linkplain #remove removed}, and no lease holds it any more. The bound is soft: readers in
 * use are never closed under a query, so more than {@code capacity} may be open for a while.
 *
 * <p>Thread-safe. A file is opened outside the cache's lock, so a slow open delays only the reads
 * of that file.
 */
public final class TsFileReaderCache implements AutoCloseable {

  /** Opens a reader; a seam for tests that count or fail opens. */
  @FunctionalInterface
  public interface Opener {
    TsFileSequenceReader open(Path file) throws IOException;
  }

  private final int capacity;
  private final Opener opener;
  private final LinkedHashMap<Path, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicInteger openReaders = new AtomicInteger();
  private final AtomicInteger leases = new AtomicInteger();
  private boolean closed;

  public TsFileReaderCache(int capacity) {
    this(capacity, file -> new TsFileSequenceReader(file.toString()));
  }

  public TsFileReaderCache(int capacity, Opener opener) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.opener = opener;
  }

  /** A reader of {@code file}, opened if need be; close the lease when the read is done. */
  public Lease acquire(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    Entry entry;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("reader cache closed");
      }
      entry = entries.computeIfAbsent(key, Entry::new);
      entry.refs++;
    }
    try {
      entry.ensureOpen();
    } catch (IOException | RuntimeException e) {
      release(entry);
      throw e;
    }
    leases.incrementAndGet();
    closeAll(evictIdle());
    return new Lease(entry);
  }

  /**
   * Forgets a file that is going away (compaction, TTL): its reader closes once the reads using it
   * are done, and the next acquire opens the file afresh.
   */
  public void remove(Path file) {
    Entry entry;
    synchronized (this) {
      entry = entries.remove(file.toAbsolutePath().normalize());
      if (entry == null) {
        return;
      }
      entry.retired = true;
      if (entry.refs > 0) {
        return;
      }
    }
    entry.close();
  }

  /** Readers open right now, idle or in use. */
  public int openReaders() {
    return openReaders.get();
  }

  /** Leases not yet closed. */
  public int leasesInUse() {
    return leases.get();
  }

  /** Closes idle readers now and the busy ones when their leases close. */
  @Override
  public void close() {
    List<Entry> idle = new ArrayList<>();
    synchronized (this) {
      closed = true;
      for (Entry entry : entries.values()) {
        entry.retired = true;
        if (entry.refs == 0) {
          idle.add(entry);
        }
      }
      entries.clear();
    }
    closeAll(idle);
  }

  private void release(Entry entry) {
    boolean closeNow;
    synchronized (this) {
      entry.refs--;
      closeNow = entry.refs == 0 && entry.retired;
    }
    if (closeNow) {
      entry.close();
    }
    closeAll(evictIdle());
  }

  /** Takes idle entries out, least recently used first, until the cache fits its capacity. */
  private synchronized List<Entry> evictIdle() {
    List<Entry> evicted = new ArrayList<>();
    Iterator<Entry> it = entries.values().iterator();
    while (entries.size() > capacity && it.hasNext()) {
      Entry entry = it.next();
      if (entry.refs == 0) {
        it.remove();
        entry.retired = true;
        evicted.add(entry);
      }
    }
    return evicted;
  }

  private static void closeAll(List<Entry> entries) {
    for (Entry entry : entries) {
      entry.close();
    }
  }

  /** One file's reader and the count of leases on it; guarded by the cache's lock. */
  private final class Entry {
    private final Path path;
    private int refs;
    private boolean retired;
    private TsFileSequenceReader reader;
    private boolean readerClosed;

    Entry(Path path) {
      this.path = path;
    }

    /** The first lease to get here opens the file; the others wait for it, not for the cache. */
    synchronized void ensureOpen() throws IOException {
      if (reader == null) {
        reader = opener.open(path);
        openReaders.incrementAndGet();
      }
    }

    synchronized TsFileSequenceReader reader() {
      return reader;
    }

    synchronized void close() {
      if (reader != null && !readerClosed) {
        readerClosed = true;
        openReaders.decrementAndGet();
        try {
          reader.close();
        } catch (IOException e) {
          // Closing a read-only file loses nothing; the descriptor is released either way.
        }
      }
    }
  }

  /** One read's hold on a reader; closing it twice is harmless. */
  public final class Lease implements AutoCloseable {
    private final Entry entry;
    private boolean released;

    private Lease(Entry entry) {
      this.entry = entry;
    }

    public TsFileSequenceReader reader() {
      return entry.reader();
    }

    @Override
    public void close() {
      synchronized (this) {
        if (released) {
          return;
        }
        released = true;
      }
      leases.decrementAndGet();
      release(entry);
    }
  }
}
