package org.stratadb.storage.compaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stratadb.storage.tsfile.TsFileName;
import org.stratadb.storage.tsfile.TsFileResource;

/**
 * Picks what to compact in one time partition. Pure: it reads no file and keeps no state.
 *
 * <p>Any unsequence file makes a {@link CompactionKind#CROSS CROSS} plan over every file of the
 * partition. Taking them all is what keeps read priority right: the target is a sequence file with
 * the highest source version, and a file left out could be newer than one source and older than
 * another, so that the target would win (or lose) against it where a source did not. Files flushed
 * after the plan are newer than every source, as they were before.
 *
 * <p>Without unsequence files, {@link CompactionKind#INNER INNER} merges the oldest sequence files
 * once there are {@code minSequenceFiles} of them, at most {@code maxFilesPerTask} at a time. Two
 * sequence files never hold the same time of a device, so any subset is safe.
 *
 * <p>The target is named {@code {now}-{max source version}-{inner}-{cross}.tsfile}: the version of
 * the newest source keeps the target in the place of its sources in version order; an INNER plan
 * counts one more inner compaction than its sources' maximum, a CROSS plan one more cross
 * compaction, the other count being the sources' maximum. Since a version belongs to one flush and
 * its file is consumed, the name is unique in the region.
 */
public final class CompactionPlanner {
  private static final Comparator<TsFileResource> VERSION_ORDER =
      Comparator.comparing(TsFileResource::name);

  private final int minSequenceFiles;
  private final int maxFilesPerTask;

  /**
   * @param minSequenceFiles sequence files a partition needs before an INNER plan (at least 2)
   * @param maxFilesPerTask most sequence files in one INNER plan (at least 2)
   */
  public CompactionPlanner(int minSequenceFiles, int maxFilesPerTask) {
    if (minSequenceFiles < 2 || maxFilesPerTask < 2) {
      throw new IllegalArgumentException(
          "minSequenceFiles and maxFilesPerTask must be at least 2: "
              + minSequenceFiles
              + ", "
              + maxFilesPerTask);
    }
    this.minSequenceFiles = minSequenceFiles;
    this.maxFilesPerTask = maxFilesPerTask;
  }

  /**
   * The compaction to run in {@code partition}, if any.
   *
   * @param sequence the sealed sequence files of the partition
   * @param unsequence the sealed unsequence files of the partition
   * @param nowMillis the creation time put into the target's name
   * @throws IllegalArgumentException when a file is of another partition or space
   */
  public Optional<CompactionPlan> plan(
      long partition,
      List<TsFileResource> sequence,
      List<TsFileResource> unsequence,
      long nowMillis) {
    List<TsFileResource> seq = sorted(sequence, true, partition);
    List<TsFileResource> unseq = sorted(unsequence, false, partition);
    if (!unseq.isEmpty()) {
      List<TsFileResource> sources = new ArrayList<>(seq.size() + unseq.size());
      sources.addAll(seq);
      sources.addAll(unseq);
      return Optional.of(plan(CompactionKind.CROSS, partition, sources, nowMillis));
    }
    if (seq.size() < minSequenceFiles) {
      return Optional.empty();
    }
    List<TsFileResource> oldest = seq.subList(0, Math.min(seq.size(), maxFilesPerTask));
    return Optional.of(plan(CompactionKind.INNER, partition, oldest, nowMillis));
  }

  private static CompactionPlan plan(
      CompactionKind kind, long partition, List<TsFileResource> sources, long nowMillis) {
    long version = 0;
    int inner = 0;
    int cross = 0;
    for (TsFileResource source : sources) {
      version = Math.max(version, source.name().version());
      inner = Math.max(inner, source.name().innerCompactions());
      cross = Math.max(cross, source.name().crossCompactions());
    }
    TsFileName target =
        kind == CompactionKind.INNER
            ? new TsFileName(nowMillis, version, inner + 1, cross)
            : new TsFileName(nowMillis, version, inner, cross + 1);
    return new CompactionPlan(kind, partition, sources, target);
  }

  private static List<TsFileResource> sorted(
      List<TsFileResource> files, boolean sequence, long partition) {
    for (TsFileResource file : files) {
      if (file.sequence() != sequence || file.timePartition() != partition) {
        throw new IllegalArgumentException(
            file + " is not a " + (sequence ? "sequence" : "unsequence") + " file of " + partition);
      }
    }
    List<TsFileResource> copy = new ArrayList<>(files);
    copy.sort(VERSION_ORDER);
    return copy;
  }
}
