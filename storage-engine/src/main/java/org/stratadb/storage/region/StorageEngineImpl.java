package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;

/** Owns what the regions of one DataNode share, and the regions themselves. */
public final class StorageEngineImpl implements StorageEngine {
  private final StorageOptions options;
  private final MemoryBudget budget;
  private final ExecutorService flushExecutor;
  private final EngineServices services;
  private final Map<String, DataRegionImpl> regions = new ConcurrentHashMap<>();

  public StorageEngineImpl(StorageOptions options) {
    this.options = options;
    this.budget = new MemoryBudget(options.memoryBudgetBytes());
    this.flushExecutor = Executors.newFixedThreadPool(2, daemonThreads("storage-flush"));
    this.services = new EngineServices(options);
  }

  @Override
  public synchronized DataRegion openRegion(String database, int regionId) throws StorageException {
    String key = database + "-" + regionId;
    DataRegionImpl region = regions.get(key);
    if (region == null || region.isClosed()) {
      RegionLayout layout =
          new RegionLayout(options.dataDirs(), options.walDir(), database, regionId);
      region = RegionOpener.open(layout, options, budget, flushExecutor, services);
      regions.put(key, region);
    }
    return region;
  }

  @Override
  public synchronized void deleteRegion(String database, int regionId) throws StorageException {
    DataRegionImpl open = regions.remove(database + "-" + regionId);
    if (open != null && !open.isClosed()) {
      open.close();
    }
    RegionLayout layout =
        new RegionLayout(options.dataDirs(), options.walDir(), database, regionId);
    try {
      for (Path dataDir : options.dataDirs()) {
        deleteTree(layout.spaceDir(dataDir, true));
        deleteTree(layout.spaceDir(dataDir, false));
      }
      deleteTree(layout.walDir());
      deleteTree(layout.systemDir());
    } catch (IOException e) {
      throw new StorageException("cannot delete region " + regionId + " of " + database, e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public synchronized void close() throws StorageException {
    List<StorageException> failures = new ArrayList<>();
    for (DataRegionImpl region : regions.values()) {
      try {
        region.close();
      } catch (StorageException e) {
        failures.add(e);
      }
    }
    regions.clear();
    flushExecutor.shutdown();
    services.close();
    if (!failures.isEmpty()) {
      StorageException first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
  }

  static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
