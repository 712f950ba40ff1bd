package org.stratadb.commons.cluster;

import java.util.concurrent.TimeUnit;
import org.stratadb.commons.config.ConfigChoice;

/** The unit of every timestamp the cluster stores; fixed when the cluster first starts. */
public enum TimestampPrecision implements ConfigChoice {
  MS("ms", TimeUnit.MILLISECONDS),
  US("us", TimeUnit.MICROSECONDS),
  NS("ns", TimeUnit.NANOSECONDS);

  private final String text;
  private final TimeUnit unit;

  TimestampPrecision(String text, TimeUnit unit) {
    this.text = text;
    this.unit = unit;
  }

  public TimeUnit unit() {
    return unit;
  }

  /**
   * {@code millis} in this precision.
   *
   * @throws ArithmeticException if the result does not fit a long
   */
  public long fromMillis(long millis) {
    return Math.multiplyExact(millis, unit.convert(1, TimeUnit.MILLISECONDS));
  }

  @Override
  public String configValue() {
    return text;
  }
}
