package org.stratadb.storage.region;

/** A time partition and a space (sequence or not): the unit that flushes into one TsFile. */
record PartitionSpace(long partition, boolean sequence) {}
