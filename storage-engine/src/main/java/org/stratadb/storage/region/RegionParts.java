package org.stratadb.storage.region;

import org.stratadb.storage.wal.WalLog;

/** The collaborators of one {@link DataRegionImpl}, built and recovered by {@link RegionOpener}. */
record RegionParts(
    RegionLayout layout,
    RegionState state,
    WalLog wal,
    RegionWriter writer,
    RegionDeleter deleter,
    RegionFlusher flusher,
    RegionReader reader,
    TtlRules ttl,
    DiskGuard diskGuard,
    RegionFreezer freezer,
    RegionMaintenance maintenance,
    MemoryBudget budget) {}
