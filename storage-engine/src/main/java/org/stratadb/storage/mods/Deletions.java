package org.stratadb.storage.mods;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.TimeRange;

/**
 * The deletions of one mods file with their patterns parsed once, answering which time ranges of a
 * series they delete. Immutable.
 */
public final class Deletions {
  public static final Deletions NONE = new Deletions(new PathPattern[0], new TimeRange[0]);

  private final PathPattern[] patterns;
  private final TimeRange[] ranges;

  private Deletions(PathPattern[] patterns, TimeRange[] ranges) {
    this.patterns = patterns;
    this.ranges = ranges;
  }

  public static Deletions of(List<Deletion> deletions) {
    if (deletions.isEmpty()) {
      return NONE;
    }
    PathPattern[] patterns = new PathPattern[deletions.size()];
    TimeRange[] ranges = new TimeRange[deletions.size()];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = PathPattern.parse(deletions.get(i).pathPattern());
      ranges[i] = deletions.get(i).range();
    }
    return new Deletions(patterns, ranges);
  }

  public boolean isEmpty() {
    return patterns.length == 0;
  }

  public int size() {
    return patterns.length;
  }

  /** Whether any deletion may touch some series of {@code device}. */
  public boolean mayAffectDevice(String device) {
    for (PathPattern pattern : patterns) {
      if (pattern.mayMatchDevice(device)) {
        return true;
      }
    }
    return false;
  }

  /** The deleted time ranges of one series, in record order (unsorted, possibly overlapping). */
  public List<TimeRange> rangesFor(String device, String measurement) {
    List<TimeRange> out = new ArrayList<>();
    for (int i = 0; i < patterns.length; i++) {
      if (patterns[i].matches(device, measurement)) {
        out.add(ranges[i]);
      }
    }
    return out;
  }
}
