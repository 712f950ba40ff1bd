package org.stratadb.benchmark.storage;

import java.nio.ByteBuffer;
import java.util.List;
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
import org.stratadb.storage.wal.GrowableBuffer;
import org.stratadb.storage.wal.WalCodec;
import org.stratadb.storage.wal.WalEntry;

/**
 * Encoding one 1000 x 100 DOUBLE tablet as a WAL record, in points per second: into a reused
 * buffer, and into a fresh one as {@code WalCodec.encode} does, to show what the allocation costs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class WalEncodeBenchmark {
  private WalEntry entry;
  private GrowableBuffer buffer;

  @Setup
  public void setUp() {
    entry = new WalEntry.WriteEntry(List.of(JmhTablets.doubles("root.bench.d000")));
    buffer = new GrowableBuffer();
  }

  @Benchmark
  @OperationsPerInvocation(JmhTablets.POINTS)
  public ByteBuffer encodeIntoReusedBuffer() {
    return WalCodec.encodeInto(entry, buffer);
  }

  @Benchmark
  @OperationsPerInvocation(JmhTablets.POINTS)
  public ByteBuffer encodeFreshBuffer() {
    return WalCodec.encode(entry);
  }
}
