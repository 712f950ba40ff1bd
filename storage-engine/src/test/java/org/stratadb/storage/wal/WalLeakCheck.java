package org.stratadb.storage.wal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.stratadb.storage.testing.OpenFiles;

/**
 * Fails a test that leaves a WAL thread running or a segment file open. Open files are read from
 * {@code /proc/self/fd}; where that does not exist only threads are checked.
 */
final class WalLeakCheck implements BeforeEachCallback, AfterEachCallback {
  private List<String> filesBefore;
  private List<String> threadsBefore;

  @Override
  public void beforeEach(ExtensionContext context) {
    filesBefore = openSegmentFiles();
    threadsBefore = walThreads();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    assertEquals(threadsBefore, walThreads(), "WAL threads left running");
    assertEquals(filesBefore, openSegmentFiles(), "WAL segment files left open");
  }

  static List<String> walThreads() {
    List<String> names = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("wal-")) {
        names.add(thread.getName());
      }
    }
    names.sort(null);
    return names;
  }

  static List<String> openSegmentFiles() {
    return OpenFiles.matching(path -> path.matches(".*wal-\\d{20}\\.log.*"));
  }
}
