package org.stratadb.storage.read;

import java.io.IOException;

/** The pieces of one series from one source, ascending by start time (they may overlap). */
public interface PieceCursor extends AutoCloseable {

  PieceCursor EMPTY =
      new PieceCursor() {
        @Override
        public Piece next() {
          return null;
        }

        @Override
        public void close() {}
      };

  /** The next piece, or null when there are no more. */
  Piece next() throws IOException;

  /** Releases the files the pieces read from; the pieces become unusable. */
  @Override
  void close();
}
