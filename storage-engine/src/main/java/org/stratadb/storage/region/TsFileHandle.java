package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.mods.Deletions;
import org.stratadb.storage.mods.ModsFile;
import org.stratadb.storage.tsfile.TsFileCompanions;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * A sealed TsFile of the region with its resource, and the count of reads using it. A file that
 * compaction or TTL removes stays on disk until the last read that saw it lets go, so a query never
 * finds its file gone under it.
 */
final class TsFileHandle {
  private static final Logger LOG = LoggerFactory.getLogger(TsFileHandle.class);

  private final TsFileResource resource;
  private final AtomicInteger users = new AtomicInteger(1);
  private volatile boolean removed;
  private final AtomicLong modsVersion = new AtomicLong();
  private final AtomicReference<CachedDeletions> deletions = new AtomicReference<>();

  TsFileHandle(TsFileResource resource) {
    this.resource = resource;
  }

  TsFileResource resource() {
    return resource;
  }

  Path path() {
    return resource.path();
  }

  long version() {
    return resource.name().version();
  }

  boolean sequence() {
    return resource.sequence();
  }

  /** Read priority: unsequence data beats sequence data, then the newer version wins. */
  long priority() {
    return (sequence() ? 0L : 1L << 52) + version();
  }

  /** The deletions recorded for this file, loaded once and kept until its mods change. */
  Deletions deletions() throws IOException {
    long version = modsVersion.get();
    CachedDeletions cached = deletions.get();
    if (cached != null && cached.version() == version) {
      return cached.deletions();
    }
    Deletions loaded = Deletions.of(ModsFile.forTsFile(path()).load());
    // Tagged with the version seen before loading: if a deletion landed meanwhile, the entry is
    // already stale by its tag and the next read loads again.
    deletions.compareAndSet(cached, new CachedDeletions(version, loaded));
    return loaded;
  }

  /** Called after a deletion was appended to this file's mods. */
  void modsChanged() {
    modsVersion.incrementAndGet();
  }

  private record CachedDeletions(long version, Deletions deletions) {}

  boolean tryAcquire() {
    while (true) {
      int current = users.get();
      if (current == 0) {
        return false;
      }
      if (users.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  void release() {
    if (users.decrementAndGet() == 0) {
      deleteFiles();
    }
  }

  /** Drops the region's own reference; the files go once no read holds them. */
  void markRemoved() {
    if (!removed) {
      removed = true;
      release();
    }
  }

  boolean removed() {
    return removed;
  }

  long sizeInBytes() {
    try {
      return Files.size(path());
    } catch (IOException e) {
      return 0;
    }
  }

  private void deleteFiles() {
    try {
      TsFileCompanions.deleteAll(path());
    } catch (IOException e) {
      LOG.warn("Could not delete {}: {}", path(), e.toString());
    }
  }
}
