package org.stratadb.storage.compaction;

/** Which files a compaction merges. */
public enum CompactionKind {
  /** Sequence files only; they never share a timestamp of a device, so any subset is safe. */
  INNER,
  /** Every unsequence and every sequence file of a partition, rewritten as one sequence file. */
  CROSS
}
