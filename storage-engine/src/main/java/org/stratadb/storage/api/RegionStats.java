package org.stratadb.storage.api;

/**
 * A snapshot of one region's counters.
 *
 * @param memtableBytes heap held by the working and flushing memtables
 * @param sequenceFiles sealed TsFiles in the sequence space
 * @param unsequenceFiles sealed TsFiles in the unsequence space
 * @param diskBytes bytes of the region's TsFiles
 * @param walBytes bytes of the region's WAL segments
 * @param flushes flushes completed since the region opened
 * @param compactions compactions completed since the region opened
 * @param readOnly whether writes are refused
 */
public record RegionStats(
    long memtableBytes,
    int sequenceFiles,
    int unsequenceFiles,
    long diskBytes,
    long walBytes,
    long flushes,
    long compactions,
    boolean readOnly) {}
