package org.stratadb.benchmark.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.stratadb.session.Session;
import org.stratadb.session.TSDataType;
import org.stratadb.session.Tablet;

/**
 * One write run: every thread writes its devices in turn with {@code insertTablet}, {@code rows}
 * rows of all sensors per call, until the time bound or the point budget runs out (a call is made
 * only if its points fit in the budget). Data are generated on the writing thread just before each
 * call, into a tablet reused per device; only the call itself is in the latency. The first failing
 * call stops the run and fails it.
 */
final class WriteRun {

  /** What a run did. */
  record Result(
      int rowsPerCall,
      int threads,
      long points,
      long calls,
      long elapsedNanos,
      long generateNanos,
      LatencyLog latencies,
      double[] cores,
      double loadAverage) {

    double pointsPerSecond() {
      return points / (elapsedNanos / 1e9);
    }

    /** Points per second of server CPU time (both nodes); NaN if the server's CPU is unknown. */
    double pointsPerServerCpuSecond() {
      return points / (cores[1] * elapsedNanos / 1e9);
    }

    /** Share of the writer threads' time spent generating data (not in the latencies). */
    double generatePercent() {
      return 100.0 * generateNanos / ((double) elapsedNanos * threads);
    }
  }

  private final LoadOptions options;
  private final List<Session> sessions;
  private final DeviceWalk[] walks;
  private final long[] serverPids;

  WriteRun(LoadOptions options, List<Session> sessions, DeviceWalk[] walks, long... serverPids) {
    this.options = options;
    this.sessions = sessions;
    this.walks = walks;
    this.serverPids = serverPids;
  }

  Result run(int rows, double seconds, long maxPoints) throws InterruptedException {
    int threads = options.threads();
    long pointsPerCall = (long) rows * options.sensors();
    AtomicLong budget = new AtomicLong(maxPoints);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch go = new CountDownLatch(1);
    List<LatencyLog> logs = Collections.synchronizedList(new ArrayList<>());
    long[] calls = new long[threads];
    long[] generate = new long[threads];
    long[] deadline = new long[1];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread w =
          new Thread(
              () -> {
                LatencyLog log = new LatencyLog();
                logs.add(log);
                try {
                  go.await();
                  writeLoop(id, rows, pointsPerCall, budget, deadline[0], log, calls, generate);
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              },
              "load-writer-" + t);
      workers.add(w);
      w.start();
    }
    CpuSample before = CpuSample.now(serverPids);
    long start = System.nanoTime();
    deadline[0] = start + (long) (seconds * 1e9);
    go.countDown();
    for (Thread w : workers) {
      w.join();
    }
    long elapsed = System.nanoTime() - start;
    double[] cores = before.coresUntil(CpuSample.now(serverPids));
    if (failure.get() != null) {
      throw new IllegalStateException(
          "a write failed at " + rows + " rows per call: " + failure.get(), failure.get());
    }
    long totalCalls = 0;
    long totalGenerate = 0;
    for (int t = 0; t < threads; t++) {
      totalCalls += calls[t];
      totalGenerate += generate[t];
    }
    return new Result(
        rows,
        threads,
        totalCalls * pointsPerCall,
        totalCalls,
        elapsed,
        totalGenerate,
        LatencyLog.merge(logs),
        cores,
        CpuSample.loadAverage());
  }

  private void writeLoop(
      int thread,
      int rows,
      long pointsPerCall,
      AtomicLong budget,
      long deadline,
      LatencyLog log,
      long[] calls,
      long[] generate)
      throws Exception {
    Session session = sessions.get(thread);
    List<Integer> devices = options.devicesOf(thread);
    Tablet[] tablets = new Tablet[devices.size()];
    for (int i = 0; i < tablets.length; i++) {
      tablets[i] = newTablet(options, devices.get(i), rows);
    }
    long n = 0;
    long gen = 0;
    for (int i = 0; ; i = (i + 1) % tablets.length) {
      if (System.nanoTime() >= deadline || budget.addAndGet(-pointsPerCall) < 0) {
        break;
      }
      long t0 = System.nanoTime();
      walks[devices.get(i)].fill(tablets[i], rows);
      long t1 = System.nanoTime();
      session.insertTablet(tablets[i]);
      long t2 = System.nanoTime();
      gen += t1 - t0;
      log.add(t2 - t1);
      n++;
    }
    calls[thread] = n;
    generate[thread] = gen;
  }

  static Tablet newTablet(LoadOptions options, int device, int rows) {
    List<String> names = new ArrayList<>();
    List<TSDataType> types = new ArrayList<>();
    for (int s = 0; s < options.sensors(); s++) {
      names.add(LoadOptions.sensor(s));
      types.add(TSDataType.DOUBLE);
    }
    return new Tablet(LoadOptions.device(device), names, types, rows);
  }
}
