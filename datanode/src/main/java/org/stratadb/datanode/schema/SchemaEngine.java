package org.stratadb.datanode.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;

/**
 * The schema regions of one DataNode, each in its own directory {@code <dir>/region-<id>}. {@link
 * #open} recovers every region found there.
 */
public final class SchemaEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SchemaEngine.class);
  private static final String PREFIX = "region-";

  private final Path dir;
  private final SchemaSettings settings;
  private final ConcurrentHashMap<Integer, SchemaRegion> regions = new ConcurrentHashMap<>();
  private volatile boolean closed;

  private SchemaEngine(Path dir, SchemaSettings settings) {
    this.dir = dir;
    this.settings = settings;
  }

  /**
   * Opens the engine in {@code dir} (created if missing) and recovers its regions.
   *
   * @throws UncheckedIOException if a region's files cannot be read
   */
  public static SchemaEngine open(Path dir, SchemaSettings settings) {
    SchemaEngine engine = new SchemaEngine(dir, settings);
    try {
      Files.createDirectories(dir);
      List<Path> regionDirs;
      try (Stream<Path> list = Files.list(dir)) {
        regionDirs =
            list.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                .filter(RegionStore::isRegionDir)
                .sorted()
                .toList();
      }
      for (Path regionDir : regionDirs) {
        engine.recover(regionDir);
      }
    } catch (IOException e) {
      engine.close();
      throw new UncheckedIOException("cannot open the schema engine in " + dir, e);
    }
    return engine;
  }

  private void recover(Path regionDir) throws IOException {
    long start = System.nanoTime();
    RegionStore.Recovered recovered = RegionStore.recover(regionDir);
    SchemaRegion region = new SchemaRegion(recovered.store(), recovered.tree(), settings);
    regions.put(region.id(), region);
    LOG.info(
        "Schema region {} of {} recovered: {} series in {} devices, {} log records replayed, {} ms",
        region.id(),
        region.database(),
        region.seriesCount(),
        region.deviceCount(),
        recovered.replayed(),
        (System.nanoTime() - start) / 1_000_000);
  }

  public Path dir() {
    return dir;
  }

  /**
   * Creates the region {@code regionId} for {@code database}. Creating a region that exists for the
   * same database returns it (a retried request); for another database it fails.
   */
  public SchemaRegion createRegion(int regionId, PartialPath database) {
    if (database.length() < 2
        || database.hasWildcard()
        || !PartialPath.ROOT.equals(database.node(0))) {
      throw new StrataException(StatusCode.ILLEGAL_PARAMETER, database + " is not a database path");
    }
    synchronized (regions) {
      ensureOpen();
      SchemaRegion existing = regions.get(regionId);
      if (existing != null) {
        if (existing.database().equals(database)) {
          return existing;
        }
        throw new StrataException(
            StatusCode.ILLEGAL_PARAMETER,
            "schema region " + regionId + " already exists for " + existing.database());
      }
      Path regionDir = dir.resolve(PREFIX + regionId);
      try {
        deleteTree(regionDir);
        RegionStore store = RegionStore.create(regionDir, regionId, database);
        SchemaRegion region = new SchemaRegion(store, new MTree(database), settings);
        regions.put(regionId, region);
        LOG.info("Schema region {} of {} created", regionId, database);
        return region;
      } catch (IOException e) {
        throw new StrataException(
            StatusCode.INTERNAL_SERVER_ERROR,
            "cannot create schema region " + regionId + ": " + e.getMessage(),
            e);
      }
    }
  }

  public Optional<SchemaRegion> region(int regionId) {
    return Optional.ofNullable(regions.get(regionId));
  }

  /** The regions, by id. */
  public List<SchemaRegion> regions() {
    List<SchemaRegion> all = new ArrayList<>(regions.values());
    all.sort(Comparator.comparingInt(SchemaRegion::id));
    return all;
  }

  /** The regions of one database. */
  public Collection<SchemaRegion> regionsOf(PartialPath database) {
    return regions().stream().filter(r -> r.database().equals(database)).toList();
  }

  /** Closes the region and deletes its files; a missing region is no error. */
  public void deleteRegion(int regionId) {
    synchronized (regions) {
      SchemaRegion region = regions.remove(regionId);
      if (region == null) {
        return;
      }
      region.close();
      try {
        deleteTree(region.dir());
      } catch (IOException e) {
        throw new StrataException(
            StatusCode.INTERNAL_SERVER_ERROR,
            "cannot delete the files of schema region " + regionId + ": " + e.getMessage(),
            e);
      }
      LOG.info("Schema region {} of {} deleted", regionId, region.database());
    }
  }

  /** Closes every region (each writes a snapshot if its log has records). */
  @Override
  public void close() {
    synchronized (regions) {
      closed = true;
      for (SchemaRegion region : regions.values()) {
        region.close();
      }
      regions.clear();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new StrataException(StatusCode.INTERNAL_SERVER_ERROR, "the schema engine is closed");
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
