package org.stratadb.commons.config;

import java.util.List;

/**
 * Which files a node reads from its conf directory, lowest precedence first. IoTDB 1.3 has two
 * layouts, and a node accepts both at once:
 *
 * <ul>
 *   <li>up to 1.3.2, {@code iotdb-common.properties} plus the role's own file ({@code
 *       iotdb-confignode.properties} or {@code iotdb-datanode.properties});
 *   <li>from 1.3.3, one {@code iotdb-system.properties} holding every key.
 * </ul>
 *
 * <p>Where both exist, {@code iotdb-system.properties} wins, so that a user who moves to the new
 * layout key by key gets the new values without deleting the old files first.
 *
 * @param fileNames the files in increasing precedence; a later file's value overrides an earlier
 *     one
 */
public record ConfigLayout(List<String> fileNames) {
  public static final String COMMON_FILE = "iotdb-common.properties";
  public static final String SYSTEM_FILE = "iotdb-system.properties";

  public ConfigLayout {
    fileNames = List.copyOf(fileNames);
  }

  /** Common file, the role's file, then the single system file. */
  public static ConfigLayout forRole(NodeRole role) {
    return new ConfigLayout(List.of(COMMON_FILE, role.legacyFileName(), SYSTEM_FILE));
  }
}
