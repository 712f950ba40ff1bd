package org.stratadb.storage.wal;

import java.util.List;
import java.util.Objects;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.Tablet;

/** One logical change the WAL records; {@link WalCodec} turns it into a record payload. */
public sealed interface WalEntry permits WalEntry.WriteEntry, WalEntry.DeleteEntry {

  /** Tablets written together; replay applies them in list order. */
  record WriteEntry(List<Tablet> tablets) implements WalEntry {
    public WriteEntry {
      tablets = List.copyOf(tablets);
    }
  }

  /** A deletion, logged so that replay removes points that were written before it. */
  record DeleteEntry(Deletion deletion) implements WalEntry {
    public DeleteEntry {
      Objects.requireNonNull(deletion, "deletion");
    }
  }
}
