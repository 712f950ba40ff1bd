package org.stratadb.storage.compaction;

import java.io.IOException;
import java.util.List;
import java.util.function.ToLongFunction;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * What the region knows about the sources of a compaction that their files do not say: which of
 * their points are deleted, which have expired, and which source wins where two hold the same time.
 * Whatever it hides is dropped from the target for good, so it must be taken at one moment: a
 * deletion made after that moment must still reach the target some other way.
 */
public interface SourceView {

  /** Where sources hold the same time, the higher priority wins. */
  long priority(TsFileResource source);

  /** Deleted time ranges of one series in one source (unsorted, may overlap). */
  List<TimeRange> deleted(TsFileResource source, String device, String measurement);

  /** Points of the device before this time have expired; {@code Long.MIN_VALUE} without TTL. */
  long visibleFrom(String device);

  /**
   * The region's read priority: an unsequence file beats a sequence file, then the newer version
   * wins.
   */
  static long priorityOf(TsFileResource source) {
    return (source.sequence() ? 0 : 1L << 52) + source.name().version();
  }

  /**
   * A view with the read priority of {@link #priorityOf}, the deletions in the sources' mods files
   * as they are now (read here, once), and the given TTL bounds.
   */
  static SourceView withMods(List<TsFileResource> sources, ToLongFunction<String> visibleFrom)
      throws IOException {
    return ModsSourceView.load(sources, visibleFrom);
  }
}
