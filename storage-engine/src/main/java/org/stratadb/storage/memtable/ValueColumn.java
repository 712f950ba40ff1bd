package org.stratadb.storage.memtable;

import java.util.Arrays;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.api.ColumnSpec;

/**
 * The values of one measurement at the positions of a {@link TimeList}, with one presence bit per
 * position: a bit is set when the position holds a value of this column. Aligned devices leave bits
 * clear for null cells; a delete clears bits in place.
 */
final class ValueColumn {
  /** Heap of a Binary object plus the header of its byte array, beyond the bytes themselves. */
  private static final int BINARY_OVERHEAD = 40;

  private static final int WORDS_PER_BLOCK = Blocks.SIZE / Long.SIZE;

  private final ColumnSpec spec;
  private final BlockArray values;
  private long[][] present = new long[2][];
  private long count;

  ValueColumn(ColumnSpec spec) {
    this.spec = spec;
    this.values = new BlockArray(spec.type());
  }

  ColumnSpec spec() {
    return spec;
  }

  /** Cells holding a value, duplicates of a time included. */
  long count() {
    return count;
  }

  /**
   * Stores the cells of {@code runs} from the tablet column {@code source}. With {@code compact}
   * the runs go to consecutive positions from {@code base} (a non-aligned series, which stores no
   * nulls); otherwise each run goes to {@code base} plus its index in the row selection.
   */
  void append(Object source, RowRuns runs, int base, boolean compact, MemoryCounter memory) {
    int next = base;
    for (int r = 0; r < runs.count(); r++) {
      int to = compact ? next : base + runs.index(r);
      int length = runs.length(r);
      values.copyIn(source, runs.from(r), to, length, memory);
      markPresent(to, length, memory);
      if (source instanceof Binary[] binaries) {
        accountBinaries(binaries, runs.from(r), length, memory);
      }
      next = to + length;
    }
    count += runs.stored();
  }

  private static void accountBinaries(Binary[] source, int from, int length, MemoryCounter memory) {
    long bytes = 0;
    for (int i = from; i < from + length; i++) {
      bytes += BINARY_OVERHEAD + source[i].getLength();
    }
    memory.add(bytes);
  }

  private void markPresent(int pos, int length, MemoryCounter memory) {
    while (length > 0) {
      int offset = pos & Blocks.MASK;
      int chunk = Math.min(length, Blocks.SIZE - offset);
      setBits(words(pos >>> Blocks.SHIFT, memory), offset, chunk);
      pos += chunk;
      length -= chunk;
    }
  }

  private long[] words(int block, MemoryCounter memory) {
    if (block >= present.length) {
      int length = Math.max(block + 1, present.length * 2);
      memory.add(Blocks.arrayBytes(length, 4) - Blocks.arrayBytes(present.length, 4));
      present = Arrays.copyOf(present, length);
    }
    long[] words = present[block];
    if (words == null) {
      words = new long[WORDS_PER_BLOCK];
      present[block] = words;
      memory.add(Blocks.arrayBytes(WORDS_PER_BLOCK, Long.BYTES));
    }
    return words;
  }

  private static void setBits(long[] words, int from, int length) {
    int end = from + length;
    while (from < end) {
      int bit = from & 63;
      int take = Math.min(64 - bit, end - from);
      long mask = take == 64 ? -1L : ((1L << take) - 1) << bit;
      words[from >>> 6] |= mask;
      from += take;
    }
  }

  boolean isPresent(int pos) {
    int block = pos >>> Blocks.SHIFT;
    if (block >= present.length) {
      return false;
    }
    long[] words = present[block];
    return words != null && (words[(pos & Blocks.MASK) >>> 6] & (1L << pos)) != 0;
  }

  /** Removes the value at {@code pos}; returns whether there was one. */
  boolean clear(int pos) {
    if (!isPresent(pos)) {
      return false;
    }
    present[pos >>> Blocks.SHIFT][(pos & Blocks.MASK) >>> 6] &= ~(1L << pos);
    count--;
    return true;
  }

  BlockArray values() {
    return values;
  }
}
