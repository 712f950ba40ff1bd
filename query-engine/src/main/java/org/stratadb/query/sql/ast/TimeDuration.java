package org.stratadb.query.sql.ast;

/**
 * A duration such as {@code 1mo2d3h}: calendar months (a year is 12 of them), whose length depends
 * on the date they are added to, plus a fixed part in the cluster's timestamp precision.
 *
 * @param months the calendar months
 * @param fixed the rest, in the cluster's precision (ms, us or ns)
 */
public record TimeDuration(int months, long fixed) {
  public TimeDuration {
    if (months < 0 || fixed < 0) {
      throw new IllegalArgumentException("a duration is not negative: " + months + "mo " + fixed);
    }
  }

  public static TimeDuration ofFixed(long fixed) {
    return new TimeDuration(0, fixed);
  }

  /** Whether the length depends on the calendar (it holds months). */
  public boolean hasMonths() {
    return months > 0;
  }

  public boolean isZero() {
    return months == 0 && fixed == 0;
  }
}
