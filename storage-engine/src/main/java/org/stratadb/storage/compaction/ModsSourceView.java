package org.stratadb.storage.compaction;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToLongFunction;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.mods.Deletions;
import org.stratadb.storage.mods.ModsFile;
import org.stratadb.storage.tsfile.TsFileResource;

/** A {@link SourceView} over a snapshot of the sources' mods files. */
final class ModsSourceView implements SourceView {
  private final Map<Path, Deletions> deletions;
  private final ToLongFunction<String> visibleFrom;

  private ModsSourceView(Map<Path, Deletions> deletions, ToLongFunction<String> visibleFrom) {
    this.deletions = deletions;
    this.visibleFrom = Objects.requireNonNull(visibleFrom, "visibleFrom");
  }

  static ModsSourceView load(List<TsFileResource> sources, ToLongFunction<String> visibleFrom)
      throws IOException {
    Map<Path, Deletions> deletions = new HashMap<>();
    for (TsFileResource source : sources) {
      deletions.put(source.path(), Deletions.of(ModsFile.forTsFile(source.path()).load()));
    }
    return new ModsSourceView(deletions, visibleFrom);
  }

  @Override
  public long priority(TsFileResource source) {
    return SourceView.priorityOf(source);
  }

  @Override
  public List<TimeRange> deleted(TsFileResource source, String device, String measurement) {
    Deletions of = deletions.get(source.path());
    if (of == null) {
      throw new IllegalArgumentException(source.path() + " is not a source of this view");
    }
    return of.isEmpty() ? List.of() : of.rangesFor(device, measurement);
  }

  @Override
  public long visibleFrom(String device) {
    return visibleFrom.applyAsLong(device);
  }
}
