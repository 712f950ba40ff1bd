package org.stratadb.storage.wal;

/**
 * The outcome of reading one segment.
 *
 * @param records complete records visited
 * @param validEnd offset just past the last complete record
 * @param size the file size when reading started
 * @param damage why reading stopped early, or null if it reached the end
 * @param tornFrame whether the damage is in the framing (cut off, bad CRC, garbage), which makes
 *     the bytes from {@code validEnd} on worthless; false for an intact frame that does not decode
 */
record SegmentScan(long records, long validEnd, long size, String damage, boolean tornFrame) {}
