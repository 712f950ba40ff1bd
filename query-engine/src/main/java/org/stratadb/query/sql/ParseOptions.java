package org.stratadb.query.sql;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.stratadb.commons.cluster.TimestampPrecision;

/**
 * How statement text is read.
 *
 * @param zoneId the session's zone, for date-times written without an offset
 * @param precision the cluster's timestamp precision; every time literal and duration in the AST is
 *     in this unit
 * @param clock what {@code now()} reads
 */
public record ParseOptions(ZoneId zoneId, TimestampPrecision precision, Clock clock) {
  public ParseOptions {
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(clock, "clock");
  }

  /** Options whose {@code now()} is the system's UTC clock. */
  public ParseOptions(ZoneId zoneId, TimestampPrecision precision) {
    this(zoneId, precision, Clock.systemUTC());
  }
}
