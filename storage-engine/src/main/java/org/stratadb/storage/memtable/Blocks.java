package org.stratadb.storage.memtable;

/**
 * Geometry and heap cost of the fixed-size blocks points live in. A position {@code p} lives in
 * block {@code p >>> SHIFT} at offset {@code p & MASK}, so no block is ever copied once full.
 */
final class Blocks {
  static final int SHIFT = 10;
  static final int SIZE = 1 << SHIFT;
  static final int MASK = SIZE - 1;

  /**
   * The first block of a list starts this small and doubles up to {@link #SIZE}: a memtable of a
   * million series with a handful of points each must not pay 1024 slots per series.
   */
  static final int FIRST_CAPACITY = 64;

  /** Object header plus length of a Java array, as counted by {@link #arrayBytes}. */
  private static final int ARRAY_HEADER = 16;

  private Blocks() {}

  /** The capacity a block needs so that {@code offset} fits. */
  static int capacity(int block, int offset) {
    if (block > 0) {
      return SIZE;
    }
    int capacity = FIRST_CAPACITY;
    while (capacity <= offset) {
      capacity <<= 1;
    }
    return Math.min(capacity, SIZE);
  }

  static long arrayBytes(int length, int elementBytes) {
    return (ARRAY_HEADER + (long) length * elementBytes + 7) & ~7L;
  }
}
