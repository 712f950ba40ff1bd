package org.stratadb.storage.read;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.stratadb.storage.api.LastPoint;
import org.stratadb.storage.mods.PathPattern;

/**
 * The newest point of each series, so {@code select last} needs no read. An entry only moves
 * forward in time (on equal time the later update wins); a deletion {@linkplain #invalidate drops}
 * the entries it may touch. Bounded: past {@code capacity} entries, whole devices are dropped (the
 * next read refills them), which keeps updates cheap.
 *
 * <p>A write alone cannot know that its point is the newest of the series (older files may hold
 * newer ones), so an entry a write creates stays unconfirmed, and invisible to {@link #get}, until
 * a read that saw all stored data {@linkplain #fill fills} it; from then on writes keep it exact.
 * So that a fill does not resurrect what a deletion removed while the read ran, take {@link
 * #epoch()} before the read and pass it to the fill, which is ignored if an invalidation happened
 * in between.
 *
 * <p>Thread-safe.
 */
public final class LastCache {
  private final int capacity;
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, Entry>> devices =
      new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong epoch = new AtomicLong();

  public LastCache(int capacity) {
    if (capacity <= 0) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** Records a written point: it becomes the entry unless the entry is newer. */
  public void update(String device, String measurement, long time, Object value) {
    LastPoint point = new LastPoint(time, value);
    merge(
        device,
        measurement,
        (m, old) -> {
          if (old == null) {
            return new Entry(point, false);
          }
          return time >= old.point.time() ? new Entry(point, old.confirmed) : old;
        });
  }

  /**
   * Confirms the entry of a series with the last point a read found ({@code null} when it found
   * none), unless {@link #invalidate} ran since {@code epoch} was taken. A newer or equally new
   * point written meanwhile is kept.
   */
  public void fill(String device, String measurement, LastPoint point, long epoch) {
    if (this.epoch.get() != epoch) {
      return;
    }
    merge(
        device,
        measurement,
        (m, old) -> {
          if (old == null) {
            return point == null ? null : new Entry(point, true);
          }
          boolean readIsNewer = point != null && point.time() > old.point.time();
          return new Entry(readIsNewer ? point : old.point, true);
        });
    if (this.epoch.get() != epoch) {
      // An invalidation raced the fill; drop what may be stale rather than reason about order.
      remove(device, measurement);
    }
  }

  /** The counter of invalidations, for {@link #fill}. */
  public long epoch() {
    return epoch.get();
  }

  /** The newest point of the series, when the cache knows it. */
  public Optional<LastPoint> get(String device, String measurement) {
    Map<String, Entry> series = devices.get(device);
    Entry entry = series == null ? null : series.get(measurement);
    return entry != null && entry.confirmed ? Optional.of(entry.point) : Optional.empty();
  }

  /** Drops every entry the pattern matches. */
  public void invalidate(PathPattern pattern) {
    epoch.incrementAndGet();
    for (Map.Entry<String, ConcurrentHashMap<String, Entry>> device : devices.entrySet()) {
      if (!pattern.mayMatchDevice(device.getKey())) {
        continue;
      }
      Iterator<String> measurements = device.getValue().keySet().iterator();
      while (measurements.hasNext()) {
        if (pattern.matches(device.getKey(), measurements.next())) {
          measurements.remove();
          size.decrementAndGet();
        }
      }
    }
  }

  /** Drops everything (a region being cleared). */
  public void clear() {
    epoch.incrementAndGet();
    devices.clear();
    size.set(0);
  }

  /** Entries held right now, confirmed or not (approximate under concurrent change). */
  public int size() {
    return size.get();
  }

  private void merge(String device, String measurement, BiFunction<String, Entry, Entry> update) {
    ConcurrentHashMap<String, Entry> series =
        devices.computeIfAbsent(device, d -> new ConcurrentHashMap<>());
    Entry before = series.get(measurement);
    Entry after = series.compute(measurement, update);
    if (before == null && after != null && size.incrementAndGet() > capacity) {
      shrink(device);
    }
  }

  private void remove(String device, String measurement) {
    // An eviction, like an invalidation, must defeat a fill whose read started before it.
    epoch.incrementAndGet();
    Map<String, Entry> series = devices.get(device);
    if (series != null && series.remove(measurement) != null) {
      size.decrementAndGet();
    }
  }

  /** Drops other devices, in no particular order, until the cache fits again. */
  private void shrink(String keep) {
    // An eviction, like an invalidation, must defeat a fill whose read started before it.
    epoch.incrementAndGet();
    Iterator<Map.Entry<String, ConcurrentHashMap<String, Entry>>> it =
        devices.entrySet().iterator();
    while (size.get() > capacity && it.hasNext()) {
      Map.Entry<String, ConcurrentHashMap<String, Entry>> device = it.next();
      if (!device.getKey().equals(keep)) {
        it.remove();
        size.addAndGet(-device.getValue().size());
      }
    }
  }

  /** A last point, and whether a read has confirmed that no stored point is newer. */
  private record Entry(LastPoint point, boolean confirmed) {}
}
