package org.stratadb.storage.read;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.statistics.Statistics;
import org.apache.tsfile.read.reader.IPageReader;
import org.stratadb.storage.column.SortedColumn;

/** One page of a TsFile chunk, decoded on first {@link #load()}. */
final class PagePiece implements Piece {
  private final IPageReader page;
  private final VisibleStatistics visible;
  private final TSDataType type;
  private final TimeMask mask;
  private final long order;
  private SortedColumn loaded;

  private PagePiece(IPageReader page, VisibleStatistics visible, ChunkPiece chunk) {
    this.page = page;
    this.visible = visible;
    this.type = chunk.type();
    this.mask = chunk.mask();
    this.order = chunk.order();
  }

  /** The page as a piece, or null when it holds no visible point. */
  static PagePiece of(IPageReader page, ChunkPiece chunk) {
    VisibleStatistics visible = VisibleStatistics.of(page.getStatistics(), chunk.mask());
    return visible == null ? null : new PagePiece(page, visible, chunk);
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
    return order;
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
  public List<Piece> split() {
    return List.of();
  }

  @Override
  public SortedColumn load() throws IOException {
    if (loaded == null) {
      loaded = PageDecoder.decode(page, type, mask);
    }
    return loaded;
  }

  @Override
  public String toString() {
    return "PagePiece[" + visible.describe() + "]";
  }
}
