package org.stratadb.consensus.ratis.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.ratis.metrics.LongCounter;
import org.apache.ratis.metrics.MetricRegistryInfo;
import org.apache.ratis.metrics.RatisMetricRegistry;
import org.apache.ratis.metrics.Timekeeper;

/** Counters that count, timers and gauges that record nothing. */
final class NoopMetricRegistry implements RatisMetricRegistry {
  private static final Timekeeper.Context NO_TIME = () -> 0L;
  private static final Timekeeper NO_TIMER = () -> NO_TIME;

  private final MetricRegistryInfo info;
  private final Map<String, LongCounter> counters = new ConcurrentHashMap<>();

  NoopMetricRegistry(MetricRegistryInfo info) {
    this.info = info;
  }

  @Override
  public Timekeeper timer(String name) {
    return NO_TIMER;
  }

  @Override
  public LongCounter counter(String name) {
    return counters.computeIfAbsent(name, n -> new Counter());
  }

  @Override
  public boolean remove(String name) {
    return counters.remove(name) != null;
  }

  @Override
  public <T> void gauge(String name, Supplier<Supplier<T>> gaugeSupplier) {}

  @Override
  public MetricRegistryInfo getMetricRegistryInfo() {
    return info;
  }

  private static final class Counter implements LongCounter {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void inc(long n) {
      count.addAndGet(n);
    }

    @Override
    public void dec(long n) {
      count.addAndGet(-n);
    }

    @Override
    public long getCount() {
      return count.get();
    }
  }
}
