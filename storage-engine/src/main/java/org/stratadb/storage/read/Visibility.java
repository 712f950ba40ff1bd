package org.stratadb.storage.read;

import java.util.List;
import org.stratadb.storage.api.TimeRange;

/**
 * What a source hides from every read: the deleted time ranges of its series (from its mods) and
 * the TTL bound, before which points have expired.
 *
 * @param deleted deleted ranges, in any order, possibly overlapping
 * @param visibleFrom the oldest time still alive; {@code Long.MIN_VALUE} without TTL
 */
public record Visibility(List<TimeRange> deleted, long visibleFrom) {

  public static final Visibility ALL = new Visibility(List.of(), Long.MIN_VALUE);

  public Visibility {
    deleted = List.copyOf(deleted);
  }

  public static Visibility of(List<TimeRange> deleted, long visibleFrom) {
    return deleted.isEmpty() && visibleFrom == Long.MIN_VALUE
        ? ALL
        : new Visibility(deleted, visibleFrom);
  }

  /** The visible part of a read range. */
  public TimeMask mask(TimeRange range) {
    return deleted.isEmpty() && visibleFrom == Long.MIN_VALUE
        ? TimeMask.of(range)
        : TimeMask.of(range, deleted, visibleFrom);
  }
}
