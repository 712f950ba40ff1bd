package org.stratadb.storage.wal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.stratadb.storage.api.Tablet;
import org.stratadb.storage.testing.TestTablets;

/** Compares WAL entries, their tablets row by row. */
final class WalEntries {

  private WalEntries() {}

  static void assertEntriesEqual(WalEntry expected, WalEntry actual) {
    if (expected instanceof WalEntry.DeleteEntry) {
      assertEquals(expected, actual);
      return;
    }
    List<Tablet> want = ((WalEntry.WriteEntry) expected).tablets();
    List<Tablet> got = assertInstanceOf(WalEntry.WriteEntry.class, actual).tablets();
    assertEquals(want.size(), got.size(), "tablet count");
    for (int i = 0; i < want.size(); i++) {
      TestTablets.assertTabletsEqual(want.get(i), got.get(i));
    }
  }
}
