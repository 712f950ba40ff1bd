package org.stratadb.storage.region;

import java.io.InterruptedIOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The region's background work on the engine's shared threads: removing expired files and
 * compacting. One round at a time per region; {@link #stop} waits for a running round to end, so a
 * closed region has no compaction writing into it.
 */
final class RegionMaintenance {
  private static final Logger LOG = LoggerFactory.getLogger(RegionMaintenance.class);
  private static final int MAX_COMPACTIONS_PER_ROUND = 4;

  private final TtlSweeper sweeper;
  private volatile RegionCompactor compactor;
  private final ReentrantLock round = new ReentrantLock();
  private volatile ScheduledFuture<?> schedule;
  private volatile boolean stopped;

  /** {@code compactor} may be null: compaction is off. Call {@link #attach} before starting. */
  RegionMaintenance(TtlSweeper sweeper) {
    this.sweeper = sweeper;
  }

  /** The compactor is built after this, since it stops when {@link #stopping()} turns true. */
  void attach(RegionCompactor compactor) {
    this.compactor = compactor;
  }

  /** True once {@link #stop} was called: a running compaction gives up at its next chunk. */
  boolean stopping() {
    return stopped;
  }

  void start(EngineServices services, long periodMillis) {
    schedule =
        services
            .background()
            .scheduleWithFixedDelay(
                this::runRound, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs one round now, on the caller's thread; for tests and for shutdown-free callers. */
  void runRound() {
    if (!round.tryLock()) {
      return;
    }
    try {
      if (stopped) {
        return;
      }
      sweeper.sweep();
      for (int i = 0; compactor != null && i < MAX_COMPACTIONS_PER_ROUND && !stopped; i++) {
        if (!compactor.compactOnce()) {
          break;
        }
      }
    } catch (InterruptedIOException e) {
      LOG.info("Background maintenance of a region stopped: {}", e.getMessage());
    } catch (Exception e) {
      // A failed round leaves every file as it was (compaction rolls back); the next one retries.
      LOG.warn("Background maintenance of a region failed, will retry: {}", e.toString(), e);
    } finally {
      round.unlock();
    }
  }

  long compactions() {
    return compactor == null ? 0 : compactor.completed();
  }

  /** Stops the periodic rounds without cancelling work: rounds then run only when asked. */
  void pauseSchedule() {
    ScheduledFuture<?> current = schedule;
    if (current != null) {
      current.cancel(false);
    }
    round.lock();
    round.unlock();
  }

  void stop() {
    stopped = true;
    ScheduledFuture<?> current = schedule;
    if (current != null) {
      current.cancel(false);
    }
    round.lock();
    round.unlock();
  }
}
