package org.stratadb.datanode.schema;

import java.util.List;
import org.stratadb.commons.path.PartialPath;

/**
 * One device for {@code SHOW DEVICES}. IoTDB 1.3 prints {@link #COLUMNS} ({@link
 * #COLUMNS_WITH_DATABASE} for {@code SHOW DEVICES ... WITH DATABASE}); the TTL cell comes from the
 * TTL settings, which the schema region does not hold, so the caller fills it in.
 *
 * @param template the device template in use; always null (templates are not supported yet)
 */
public record DeviceRow(
    PartialPath device, PartialPath database, boolean aligned, String template) {

  public static final List<String> COLUMNS = List.of("Device", "IsAligned", "Template", "TTL(ms)");

  public static final List<String> COLUMNS_WITH_DATABASE =
      List.of("Device", "Database", "IsAligned", "Template", "TTL(ms)");

  /** The cells of {@link #COLUMNS}, with the given TTL text (e.g. {@code INF}). */
  public List<String> cells(String ttl) {
    return java.util.Arrays.asList(device.toString(), String.valueOf(aligned), template, ttl);
  }

  /** The cells of {@link #COLUMNS_WITH_DATABASE}. */
  public List<String> cellsWithDatabase(String ttl) {
    return java.util.Arrays.asList(
        device.toString(), database.toString(), String.valueOf(aligned), template, ttl);
  }
}
