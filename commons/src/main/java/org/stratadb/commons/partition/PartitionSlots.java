package org.stratadb.commons.partition;

/**
 * The slot math of the partition table: a device maps to a series partition slot, a timestamp to a
 * time partition slot. Both nodes kinds compute slots the same way, so it lives here.
 */
public final class PartitionSlots {
  private final int seriesSlotNum;
  private final long timePartitionInterval;

  /**
   * @param seriesSlotNum {@code series_slot_num}
   * @param timePartitionInterval {@code time_partition_interval}, in the timestamp precision
   */
  public PartitionSlots(int seriesSlotNum, long timePartitionInterval) {
    if (seriesSlotNum < 1 || timePartitionInterval < 1) {
      throw new IllegalArgumentException(
          "slot count and time partition interval must be positive: "
              + seriesSlotNum
              + ", "
              + timePartitionInterval);
    }
    this.seriesSlotNum = seriesSlotNum;
    this.timePartitionInterval = timePartitionInterval;
  }

  public int seriesSlotNum() {
    return seriesSlotNum;
  }

  public long timePartitionInterval() {
    return timePartitionInterval;
  }

  /**
   * The series slot of a device, from a BKDR string hash (seed 131) of its canonical path text.
   * Never allocates.
   */
  public int seriesSlot(CharSequence device) {
    int hash = 0;
    for (int i = 0; i < device.length(); i++) {
      hash = hash * 131 + device.charAt(i);
    }
    return Math.floorMod(hash, seriesSlotNum);
  }

  /** The start time of the time partition slot that holds {@code time}. */
  public long timeSlot(long time) {
    return Math.floorDiv(time, timePartitionInterval) * timePartitionInterval;
  }

  /** The time partition index (slot start / interval), as used in storage directory names. */
  public long timePartitionIndex(long time) {
    return Math.floorDiv(time, timePartitionInterval);
  }
}
