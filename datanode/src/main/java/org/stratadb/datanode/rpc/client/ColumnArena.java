package org.stratadb.datanode.rpc.client;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.tsfile.utils.Binary;

/**
 * Value and time arrays for decoded tablets, reused from one write request to the next on the same
 * worker thread: the storage engine copies what it keeps before a write returns, so after {@link
 * #reset()} every array may be handed out again. A steady write stream then decodes its tablets
 * without allocating per point. Arrays may be longer than the rows they hold. Kept arrays above
 * {@link #KEEP_BYTES} in all are dropped at the next reset, so one huge request does not pin its
 * memory.
 *
 * <p>Not thread-safe: one arena per thread.
 */
final class ColumnArena {
  static final long KEEP_BYTES = 16L << 20;

  private final Pool<long[]> longs = new Pool<>(long[]::new, Long.BYTES);
  private final Pool<int[]> ints = new Pool<>(int[]::new, Integer.BYTES);
  private final Pool<float[]> floats = new Pool<>(float[]::new, Float.BYTES);
  private final Pool<double[]> doubles = new Pool<>(double[]::new, Double.BYTES);
  private final Pool<boolean[]> booleans = new Pool<>(boolean[]::new, 1);
  private final Pool<Binary[]> binaries = new Pool<>(Binary[]::new, 8);

  /** Makes every array available again; call when no tablet decoded from it is in use. */
  void reset() {
    Pool<?>[] all = {longs, ints, floats, doubles, booleans, binaries};
    long kept = 0;
    for (Pool<?> p : all) {
      kept += p.bytes();
    }
    for (Pool<?> p : all) {
      p.reset(kept > KEEP_BYTES);
    }
  }

  long[] longs(int n) {
    return longs.take(n);
  }

  int[] ints(int n) {
    return ints.take(n);
  }

  float[] floats(int n) {
    return floats.take(n);
  }

  double[] doubles(int n) {
    return doubles.take(n);
  }

  boolean[] booleans(int n) {
    return booleans.take(n);
  }

  /** An array of at least {@code n} entries; the caller sets the ones it uses. */
  Binary[] binaries(int n) {
    return binaries.take(n);
  }

  /** The arrays of one element type, handed out in order since the last reset. */
  private static final class Pool<A> {
    private final IntFunction<A> create;
    private final int elementBytes;
    private final List<A> arrays = new ArrayList<>();
    private int next;

    Pool(IntFunction<A> create, int elementBytes) {
      this.create = create;
      this.elementBytes = elementBytes;
    }

    A take(int n) {
      if (next < arrays.size()) {
        A kept = arrays.get(next);
        if (Array.getLength(kept) >= n) {
          next++;
          return kept;
        }
        A grown = create.apply(n);
        arrays.set(next++, grown);
        return grown;
      }
      A fresh = create.apply(n);
      arrays.add(fresh);
      next++;
      return fresh;
    }

    long bytes() {
      long sum = 0;
      for (A a : arrays) {
        sum += (long) Array.getLength(a) * elementBytes;
      }
      return sum;
    }

    void reset(boolean drop) {
      next = 0;
      if (drop) {
        arrays.clear();
      }
    }
  }
}
