package org.stratadb.benchmark.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageException;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.api.WalMode;

/**
 * {@code DataRegion.write} end to end, in points per second: WAL record, memtable insert and memory
 * accounting. Tablets of 1000 x 100 DOUBLE go round-robin to {@value #DEVICES} devices.
 *
 * <p>{@code flushMb=4096} keeps the whole run in one memtable, so it measures the write path alone
 * and shows a regression in it; {@code flushMb=256} is the harness's setting, where the background
 * flushes share the two cores and memory waits come and go within a 1 s iteration, so it is noisy
 * and mostly tells the sustained rate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class RegionWriteBenchmark {
  static final int DEVICES = 100;

  @Param({"DISABLE", "ASYNC"})
  public WalMode walMode;

  @Param({"256", "4096"})
  public long flushMb;

  private Path home;
  private StorageEngine engine;
  private DataRegion region;
  private Tablet[] tablets;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    home = Files.createTempDirectory("stratadb-jmh-region");
    StorageOptions options =
        StorageOptions.defaults(home)
            .withWalMode(walMode)
            .withMemory(flushMb << 20, Math.max(flushMb, 1024) << 20);
    engine = StorageEngine.open(options);
    region = engine.openRegion(Workload.DATABASE, 1);
    tablets = new Tablet[DEVICES];
    for (int d = 0; d < DEVICES; d++) {
      tablets[d] = JmhTablets.doubles(Workload.DATABASE + ".d" + d);
    }
  }

  @Benchmark
  @OperationsPerInvocation(JmhTablets.POINTS)
  public void write() throws StorageException {
    Tablet tablet = tablets[next];
    next = next + 1 == DEVICES ? 0 : next + 1;
    JmhTablets.advance(tablet);
    region.write(tablet);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    engine.close();
    DiskUsage.deleteRecursively(home);
  }
}
