package org.stratadb.storage.read;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.AbstractAlignedChunkMetadata;
import org.apache.tsfile.file.metadata.ChunkMetadata;
import org.apache.tsfile.file.metadata.IChunkMetadata;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.apache.tsfile.read.TsFileSequenceReader;
import org.apache.tsfile.read.common.Chunk;
import org.apache.tsfile.read.reader.IPageReader;
import org.apache.tsfile.read.reader.chunk.AlignedChunkReader;
import org.apache.tsfile.read.reader.chunk.ChunkReader;
import org.stratadb.storage.column.SortedColumn;

/**
 * One chunk of a series in a TsFile, aligned (a time chunk and the series' value chunk) or not.
 * Nothing is read from the file until the chunk is split or loaded.
 */
final class ChunkPiece implements Piece {
  private final TsFileSequenceReader reader;
  private final ChunkMetadata timeMeta;
  private final ChunkMetadata valueMeta;
  private final TimeMask mask;
  private final VisibleStatistics visible;
  private List<PagePiece> pages;
  private SortedColumn loaded;

  private ChunkPiece(
      TsFileSequenceReader reader,
      ChunkMetadata timeMeta,
      ChunkMetadata valueMeta,
      TimeMask mask,
      VisibleStatistics visible) {
    this.reader = reader;
    this.timeMeta = timeMeta;
    this.valueMeta = valueMeta;
    this.mask = mask;
    this.visible = visible;
  }

  /**
   * The chunk as a piece, or null when it holds no visible point of the series: no value chunk in
   * this aligned chunk group, another data type, or every point hidden.
   */
  static ChunkPiece of(
      TsFileSequenceReader reader, IChunkMetadata meta, TSDataType type, TimeMask mask) {
    ChunkMetadata timeMeta = null;
    IChunkMetadata value = meta;
    if (meta instanceof AbstractAlignedChunkMetadata aligned) {
      List<IChunkMetadata> values = aligned.getValueChunkMetadataList();
      timeMeta = (ChunkMetadata) aligned.getTimeChunkMetadata();
      value = values.isEmpty() ? null : values.get(0);
    }
    if (!(value instanceof ChunkMetadata valueMeta) || valueMeta.getDataType() != type) {
      return null;
    }
    VisibleStatistics visible = VisibleStatistics.of(valueMeta.getStatistics(), mask);
    return visible == null ? null : new ChunkPiece(reader, timeMeta, valueMeta, mask, visible);
  }

  TSDataType type() {
    return valueMeta.getDataType();
  }

  TimeMask mask() {
    return mask;
  }

  @Override
  public long startTime() {
    return visible.start();
  }

  @Override
  public long endTime() {
    return visible.end();
  }

  @Override
  public long order() {
    return valueMeta.getOffsetOfChunkHeader();
  }

  @Override
  public Statistics<? extends Serializable> statistics() {
    return visible.statistics();
  }

  @Override
  public boolean exact() {
    return visible.exact();
  }

  @Override
  public RawChunk raw() throws IOException {
    if (timeMeta != null || !visible.exact()) {
      return null;
    }
    return new RawChunk(reader.readMemChunk(valueMeta), valueMeta);
  }

  @Override
  public List<Piece> split() throws IOException {
    List<PagePiece> all = pages();
    return all.size() <= 1 ? List.of() : List.copyOf(all);
  }

  @Override
  public SortedColumn load() throws IOException {
    if (loaded == null) {
      List<PagePiece> all = pages();
      if (all.size() == 1) {
        loaded = all.get(0).load();
      } else {
        PointBuffer out = new PointBuffer(type(), visible.statistics().getCount());
        for (PagePiece page : all) {
          SortedColumn column = page.load();
          out.appendRange(column, 0, column.size());
        }
        loaded = out.build();
      }
    }
    return loaded;
  }

  /** Reads the chunk and makes a piece of each page with visible points. */
  private List<PagePiece> pages() throws IOException {
    if (pages == null) {
      List<IPageReader> readers;
      Chunk valueChunk = reader.readMemChunk(valueMeta);
      if (timeMeta == null) {
        readers = new ChunkReader(valueChunk).loadPageReaderList();
      } else {
        Chunk timeChunk = reader.readMemChunk(timeMeta);
        readers = new AlignedChunkReader(timeChunk, List.of(valueChunk)).loadPageReaderList();
      }
      List<PagePiece> out = new ArrayList<>(readers.size());
      for (IPageReader page : readers) {
        PagePiece piece = PagePiece.of(page, this);
        if (piece != null) {
          out.add(piece);
        }
      }
      pages = out;
    }
    return pages;
  }

  @Override
  public String toString() {
    return "ChunkPiece[" + visible.describe() + "]";
  }
}
