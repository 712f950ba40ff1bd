package org.stratadb.storage.wal;

/**
 * What {@link WalReplayer#replay} found.
 *
 * @param segments segment files read
 * @param records complete records visited
 * @param truncatedSegments 1 if the last segment had a torn or corrupt tail that was cut off
 * @param truncatedBytes bytes cut off the last segment
 * @param damagedSegments earlier segments whose reading stopped at damage, plus any segment that
 *     holds an intact frame this version cannot decode; their files are left as they are
 */
public record ReplayStats(
    int segments, long records, int truncatedSegments, long truncatedBytes, int damagedSegments) {

  /** Whether every segment was read to its end without damage. */
  public boolean clean() {
    return truncatedSegments == 0 && damagedSegments == 0;
  }
}
