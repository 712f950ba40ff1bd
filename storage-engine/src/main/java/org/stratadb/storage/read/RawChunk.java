package org.stratadb.storage.read;

import org.apache.tsfile.file.metadata.ChunkMetadata;
import org.apache.tsfile.read.common.Chunk;

/** A chunk's bytes as stored, with its metadata: what a compaction can copy without decoding. */
public record RawChunk(Chunk chunk, ChunkMetadata metadata) {

  public long pointCount() {
    return metadata.getStatistics().getCount();
  }
}
