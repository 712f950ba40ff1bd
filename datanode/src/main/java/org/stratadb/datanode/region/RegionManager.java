package org.stratadb.datanode.region;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;

/**
 * The data regions this DataNode hosts, opened on the ConfigNode's request or at start-up from the
 * list the ConfigNode returned at registration. Creating an open region is a no-op, so requests may
 * be retried.
 */
public final class RegionManager implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RegionManager.class);

  private record Hosted(String database, DataRegion region) {}

  private final StorageEngine storage;
  private final Map<Integer, Hosted> dataRegions = new ConcurrentHashMap<>();

  public RegionManager(StorageEngine storage) {
    this.storage = storage;
  }

  /** Opens (creating or recovering) a data region of {@code database}. */
  public DataRegion openDataRegion(int regionId, String database) {
    Hosted hosted =
        dataRegions.computeIfAbsent(
            regionId,
            id -> {
              try {
                DataRegion region = storage.openRegion(database, id);
                LOG.info("DataRegion {} of {} is open", id, database);
                return new Hosted(database, region);
              } catch (StorageException e) {
                throw new StrataException(
                    StatusCode.STORAGE_ENGINE_ERROR,
                    "cannot open DataRegion " + id + " of " + database + ": " + e.getMessage(),
                    e);
              }
            });
    if (!hosted.database.equals(database)) {
      throw new StrataException(
          StatusCode.INTERNAL_SERVER_ERROR,
          "DataRegion " + regionId + " belongs to " + hosted.database + ", not " + database);
    }
    return hosted.region;
  }

  /** The open data region, if this node hosts it. */
  public Optional<DataRegion> dataRegion(int regionId) {
    Hosted hosted = dataRegions.get(regionId);
    return hosted == null ? Optional.empty() : Optional.of(hosted.region);
  }

  /** The data region, or REGION_NOT_EXIST-style failure naming it. */
  public DataRegion requireDataRegion(int regionId) {
    return dataRegion(regionId)
        .orElseThrow(
            () ->
                new StrataException(
                    StatusCode.INTERNAL_SERVER_ERROR,
                    "DataRegion " + regionId + " is not hosted on this DataNode"));
  }

  /** Flushes every open data region; used by FLUSH and before a graceful stop. */
  public void flushAll() {
    for (Map.Entry<Integer, Hosted> e : dataRegions.entrySet()) {
      flush(e.getKey(), e.getValue().region);
    }
  }

  /** Flushes the regions of the given databases. */
  public void flushDatabases(java.util.Collection<String> databases) {
    for (Map.Entry<Integer, Hosted> e : dataRegions.entrySet()) {
      if (databases.contains(e.getValue().database)) {
        flush(e.getKey(), e.getValue().region);
      }
    }
  }

  private static void flush(int id, DataRegion region) {
    try {
      region.flush();
    } catch (StorageException e) {
      throw new StrataException(
          StatusCode.STORAGE_ENGINE_ERROR, "flush of DataRegion " + id + " failed: " + e, e);
    }
  }

  /** Closes and forgets a data region; its files are deleted by the storage engine's owner. */
  public void dropDataRegion(int regionId) {
    Hosted hosted = dataRegions.remove(regionId);
    if (hosted != null) {
      try {
        hosted.region.close();
      } catch (StorageException e) {
        LOG.warn("closing DataRegion {} failed: {}", regionId, e.getMessage());
      }
      LOG.info("DataRegion {} of {} is closed", regionId, hosted.database);
    }
  }

  @Override
  public void close() {
    for (Integer id : dataRegions.keySet()) {
      dropDataRegion(id);
    }
  }
}
