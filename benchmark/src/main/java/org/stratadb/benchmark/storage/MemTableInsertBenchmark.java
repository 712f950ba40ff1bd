package org.stratadb.benchmark.storage;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.memtable.MemTable;

/**
 * Inserting one 1000 x 100 DOUBLE tablet into a memtable, in points per second. Each insert moves
 * the rows later in time, as a live device's next tablet would be. The memtable is replaced every
 * {@value #INSERTS_PER_MEMTABLE} inserts (about 32 MB): an ever-growing one would exhaust the heap,
 * and one the size a region flushes at (256 MB) outlives young collections, so old-generation GC
 * pauses would swamp the insert cost this benchmark guards (the harness measures those).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MemTableInsertBenchmark {
  static final int INSERTS_PER_MEMTABLE = 20;

  private Tablet tablet;
  private MemTable memTable;
  private int inserts;

  @Setup
  public void setUp() {
    tablet = JmhTablets.doubles("root.bench.d000");
    memTable = new MemTable();
  }

  @Benchmark
  @OperationsPerInvocation(JmhTablets.POINTS)
  public MemTable insert() {
    if (++inserts == INSERTS_PER_MEMTABLE) {
      memTable = new MemTable();
      inserts = 0;
    }
    JmhTablets.advance(tablet);
    memTable.insert(tablet, null, JmhTablets.ROWS);
    return memTable;
  }
}
