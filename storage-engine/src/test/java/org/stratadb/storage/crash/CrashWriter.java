package org.stratadb.storage.crash;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stratadb.storage.api.DataRegion;
import org.stratadb.storage.api.StorageEngine;
import org.stratadb.storage.api.StorageOptions;
import org.stratadb.storage.api.WalMode;
import org.stratadb.storage.region.RegionTestHooks;

/**
 * The child process of the crash test: runs operations from a given number until it is killed,
 * appending {@code ACK n} to {@value #ACK_FILE} once operation n has returned, and flushing now and
 * then so that kills also land in the middle of flushes.
 */
public final class CrashWriter {
  static final String ACK_FILE = "acks.log";

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    WalMode mode = WalMode.valueOf(args[1]);
    long op = Long.parseLong(args[2]);
    StorageOptions options = CrashOptions.of(home, mode);
    StorageEngine engine = StorageEngine.open(options);
    DataRegion region = engine.openRegion("root.crash", 3);
    // One write(2) per acknowledgement: the page cache keeps it through kill -9, and a write this
    // small is never torn, so the parent reads exactly the acknowledged operations.
    FileOutputStream acks = new FileOutputStream(home.resolve(ACK_FILE).toFile(), true);
    Thread maintenance =
        new Thread(
            () -> {
              // The engine's own schedule is seconds apart; a short-lived writer compacts far
              // more often so that kills also land in the middle of compactions.
              while (true) {
                RegionTestHooks.runMaintenance(region);
                try {
                  Thread.sleep(50);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    maintenance.setDaemon(true);
    maintenance.start();
    System.out.println("READY");
    System.out.flush();
    while (true) {
      if (CrashWorkload.isDeletion(op)) {
        region.delete(CrashWorkload.deletion(op));
      } else {
        region.write(CrashWorkload.write(op));
      }
      acks.write(("ACK " + op + "\n").getBytes(StandardCharsets.US_ASCII));
      if (op % 17 == 0) {
        region.flush();
      }
      op++;
    }
  }
}
