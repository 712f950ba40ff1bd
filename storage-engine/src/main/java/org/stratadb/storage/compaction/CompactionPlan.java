package org.stratadb.storage.compaction;

import java.util.List;
import java.util.Objects;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * One compaction task: merge {@code sources} of one time partition into one new sequence TsFile
 * named {@code target}. Made by {@link CompactionPlanner}; run by {@link CompactionRunner}.
 *
 * @param sources the files merged, sequence files first, each space in version order
 */
public record CompactionPlan(
    CompactionKind kind, long partition, List<TsFileResource> sources, TsFileName target) {

  public CompactionPlan {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a compaction needs at least one source");
    }
    for (TsFileResource source : sources) {
      if (source.timePartition() != partition) {
        throw new IllegalArgumentException(
            source.path() + " is in partition " + source.timePartition() + ", not " + partition);
      }
    }
  }
}
