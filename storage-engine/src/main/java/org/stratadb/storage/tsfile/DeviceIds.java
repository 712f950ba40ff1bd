package org.stratadb.storage.tsfile;

import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.file.metadata.IDeviceID;

/**
 * Tree-model device paths as TsFile device ids. TsFile's own {@code
 * IDeviceID.Factory.create(String)} parses the path with an ANTLR grammar generated for ANTLR 4.9,
 * which fails at class load under the ANTLR 4.13 runtime StrataDB ships for its SQL parser; so we
 * split the path ourselves and build the id from segments, laid out as TsFile does for tree-model
 * paths: the first three nodes joined as the table name, then one segment per further node. Whoever
 * looks a device up in a TsFile builds its id here, so that it equals the id the flush wrote.
 */
public final class DeviceIds {
  private static final int TABLE_NAME_NODES = 3;

  private DeviceIds() {}

  public static IDeviceID of(String device) {
    List<String> nodes = nodes(device);
    if (nodes == null) {
      // not a well-formed path: one segment still prints back as the same string, and a memtable
      // must never become unflushable over a name the schema layer let through
      return IDeviceID.Factory.DEFAULT_FACTORY.create(new String[] {device});
    }
    int n = nodes.size();
    String[] segments;
    if (n == 1) {
      segments = new String[] {nodes.get(0)};
    } else if (n <= TABLE_NAME_NODES) {
      segments = new String[] {String.join(".", nodes.subList(0, n - 1)), nodes.get(n - 1)};
    } else {
      segments = new String[n - TABLE_NAME_NODES + 1];
      segments[0] = String.join(".", nodes.subList(0, TABLE_NAME_NODES));
      for (int i = TABLE_NAME_NODES; i < n; i++) {
        segments[i - TABLE_NAME_NODES + 1] = nodes.get(i);
      }
    }
    return IDeviceID.Factory.DEFAULT_FACTORY.create(segments);
  }

  /**
   * Splits at dots outside back-quoted nodes; nodes keep their quotes, so ids print as given. Null
   * for a malformed path (an empty node or an unbalanced quote).
   */
  static List<String> nodes(String device) {
    List<String> nodes = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < device.length(); i++) {
      char c = device.charAt(i);
      if (c == '`') {
        quoted = !quoted; // an escaped quote (two of them) toggles twice
      } else if (c == '.' && !quoted) {
        nodes.add(device.substring(start, i));
        start = i + 1;
      }
    }
    nodes.add(device.substring(start));
    return quoted || nodes.contains("") ? null : nodes;
  }
}
