package org.stratadb.consensus.ratis;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.ratis.util.ExitUtils;

/**
 * Keeps Ratis from ending the process. By default Ratis calls {@code System.exit(1)} when its gRPC
 * server cannot bind, and the first use of its exit helper installs a JVM-wide uncaught-exception
 * handler that exits too. A consensus library must not do either to the node (or the in-JVM test
 * cluster) that hosts it: with the guard, a bind failure surfaces as an exception from {@code
 * start()}, and the JVM's previous uncaught-exception handler is put back.
 *
 * <p>The flags live in Ratis's own static state; setting them is idempotent and the same for every
 * instance, so doing it once per JVM is enough.
 */
final class RatisProcessGuard {
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private RatisProcessGuard() {}

  static void install() {
    if (!INSTALLED.compareAndSet(false, true)) {
      return;
    }
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    ExitUtils.disableSystemExit();
    ExitUtils.setTerminateOnUncaughtException(false);
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }
}
