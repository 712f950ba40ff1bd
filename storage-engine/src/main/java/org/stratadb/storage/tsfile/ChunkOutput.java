package org.stratadb.storage.tsfile;

import java.io.IOException;
import org.apache.tsfile.write.chunk.IChunkWriter;

/**
 * Where a {@link ChunkSplitter} sends each chunk it ends: a flush writes it straight into its
 * {@code TsFileIOWriter}; a compaction also opens chunk groups lazily and throttles its bytes.
 */
@FunctionalInterface
public interface ChunkOutput {
  /** Writes out the chunk held by {@code chunk}, which starts afresh. */
  void write(IChunkWriter chunk) throws IOException;
}
