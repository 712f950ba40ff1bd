package org.stratadb.protocol.compat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.stratadb.protocol.client.IClientRPCService;

/**
 * Where the compatibility tests get both sides from. Maven's surefire configuration passes the
 * directories of IoTDB's jars ({@value #DIR_PROPERTY}, required, and {@value #NEXT_DIR_PROPERTY}, a
 * later 1.3 release, optional). It also owns the random seed: one per run, printed once, and
 * replayable with {@code -D}{@value #SEED_PROPERTY}.
 */
final class CompatTargets {
  static final String DIR_PROPERTY = "compat.jars.dir";
  static final String NEXT_DIR_PROPERTY = "compat.next.jars.dir";
  static final String SEED_PROPERTY = "stratadb.compat.seed";

  private static final long SEED = initSeed();
  private static List<IsolatedIotdbThrift> iotdb;
  private static ThriftRuntime ours;

  private CompatTargets() {}

  /** Our generated classes with our libthrift, as seen from the test class path. */
  static synchronized ThriftRuntime ours() {
    if (ours == null) {
      ours =
          new ThriftRuntime(
              "StrataDB",
              IClientRPCService.class.getClassLoader(),
              IClientRPCService.class.getPackageName(),
              "org.stratadb.protocol.common");
    }
    return ours;
  }

  /** Every IoTDB release to check against, each in its own isolated class loader. */
  static synchronized List<IsolatedIotdbThrift> iotdb() {
    if (iotdb == null) {
      List<IsolatedIotdbThrift> opened = new ArrayList<>();
      opened.add(IsolatedIotdbThrift.open(dir(DIR_PROPERTY, true)));
      Path next = dir(NEXT_DIR_PROPERTY, false);
      if (next != null) {
        opened.add(IsolatedIotdbThrift.open(next));
      }
      iotdb = List.copyOf(opened);
    }
    return iotdb;
  }

  /**
   * A Random for one test case, derived from the run's seed and the case's name so that a single
   * failing case replays the same way when run alone.
   */
  static Random random(String caseName) {
    return new Random(SEED ^ (caseName.hashCode() * 0x9E3779B97F4A7C15L));
  }

  /** Appended to assertion messages of randomized checks. */
  static String replayHint() {
    return "seed " + SEED + ", replay with -D" + SEED_PROPERTY + "=" + SEED;
  }

  private static Path dir(String property, boolean required) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      if (required) {
        throw new IllegalStateException(
            "system property " + property + " is not set; run the tests through Maven");
      }
      return null;
    }
    Path dir = Path.of(value);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(
          property + "=" + dir + " does not exist; run 'generate-test-resources' first");
    }
    return dir;
  }

  private static long initSeed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    long seed = fixed == null || fixed.isBlank() ? System.nanoTime() : Long.parseLong(fixed.trim());
    System.out.println("[compat] random seed " + seed + " (-D" + SEED_PROPERTY + "=" + seed + ")");
    return seed;
  }
}
