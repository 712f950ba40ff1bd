package org.stratadb.benchmark.storage;

/** Unit conversions shared by the probes and the report. */
final class Rates {
  private Rates() {}

  static double perSecond(double amount, long nanos) {
    return nanos <= 0 ? Double.NaN : amount * 1e9 / nanos;
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }

  static double mib(double bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
