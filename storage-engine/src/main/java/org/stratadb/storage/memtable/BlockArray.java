package org.stratadb.storage.memtable;

import java.util.Arrays;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.utils.Binary;
import org.stratadb.storage.column.ColumnValues;

/**
 * A growable array of one primitive type (or {@link Binary} references) kept in fixed-size blocks:
 * appending never copies a full block, and runs of tablet values go in with one {@code
 * System.arraycopy} per block. Blocks are allocated lazily, so a sparse aligned column only pays
 * for the blocks it has values in.
 */
final class BlockArray {
  private final TSDataType type;
  private final int elementBytes;
  private Object[] blocks = new Object[2];

  /** Block 0 grows up to full size; every other block is allocated full. */
  private int firstCapacity;

  BlockArray(TSDataType type) {
    this.type = type;
    this.elementBytes = elementBytes(type);
  }

  TSDataType type() {
    return type;
  }

  /**
   * Copies {@code length} values of the primitive array {@code source} into positions {@code to..}.
   */
  void copyIn(Object source, int from, int to, int length, MemoryCounter memory) {
    while (length > 0) {
      int offset = to & Blocks.MASK;
      int chunk = Math.min(length, Blocks.SIZE - offset);
      Object block = writable(to + chunk - 1, memory);
      System.arraycopy(source, from, block, offset, chunk);
      from += chunk;
      to += chunk;
      length -= chunk;
    }
  }

  private Object writable(int pos, MemoryCounter memory) {
    int block = pos >>> Blocks.SHIFT;
    if (block < blocks.length) {
      Object array = blocks[block];
      if (array != null && (block > 0 || (pos & Blocks.MASK) < firstCapacity)) {
        return array;
      }
    }
    return allocate(block, pos & Blocks.MASK, memory);
  }

  private Object allocate(int block, int offset, MemoryCounter memory) {
    if (block >= blocks.length) {
      int length = Math.max(block + 1, blocks.length * 2);
      memory.add(Blocks.arrayBytes(length, 4) - Blocks.arrayBytes(blocks.length, 4));
      blocks = Arrays.copyOf(blocks, length);
    }
    int capacity = Blocks.capacity(block, offset);
    Object array = ColumnValues.newArray(type, capacity);
    Object old = blocks[block];
    if (old != null) {
      // only block 0 is ever grown; its old capacity is firstCapacity
      System.arraycopy(old, 0, array, 0, firstCapacity);
      memory.add(-Blocks.arrayBytes(firstCapacity, elementBytes));
    }
    if (block == 0) {
      firstCapacity = capacity;
    }
    memory.add(Blocks.arrayBytes(capacity, elementBytes));
    blocks[block] = array;
    return array;
  }

  static int elementBytes(TSDataType type) {
    switch (type) {
      case BOOLEAN:
        return 1;
      case INT64:
      case TIMESTAMP:
      case DOUBLE:
        return 8;
      default:
        return 4; // int, float, and compressed references to Binary
    }
  }

  boolean getBoolean(int pos) {
    return ((boolean[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }

  int getInt(int pos) {
    return ((int[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }

  long getLong(int pos) {
    return ((long[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }

  float getFloat(int pos) {
    return ((float[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }

  double getDouble(int pos) {
    return ((double[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }

  Binary getBinary(int pos) {
    return ((Binary[]) blocks[pos >>> Blocks.SHIFT])[pos & Blocks.MASK];
  }
}
