package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.stratadb.storage.api.TimeRange;
import org.stratadb.storage.io.FileSync;

/**
 * The index of one sealed TsFile: which devices it holds and over which times, so that reads and
 * deletions skip files without opening them. Immutable; persisted beside the TsFile as {@code
 * <tsfile>.resource} (format in {@code docs/format/tsfile-resource.md}).
 */
public final class TsFileResource {
  public static final String SUFFIX = ".resource";

  /** The times of one device in the file, and whether it was written aligned. */
  public record DeviceRange(long startTime, long endTime, boolean aligned) {
    public DeviceRange {
      if (startTime > endTime) {
        throw new IllegalArgumentException("start " + startTime + " after end " + endTime);
      }
    }
  }

  private final Path path;
  private final TsFileName name;
  private final boolean sequence;
  private final long timePartition;
  private final Map<String, DeviceRange> devices;

  private TsFileResource(
      Path path, boolean sequence, long timePartition, Map<String, DeviceRange> devices) {
    this.path = path;
    this.name = TsFileName.parse(path.getFileName().toString());
    this.sequence = sequence;
    this.timePartition = timePartition;
    this.devices = Collections.unmodifiableMap(new TreeMap<>(devices));
  }

  public static Builder builder(Path tsFile, boolean sequence, long timePartition) {
    return new Builder(tsFile, sequence, timePartition);
  }

  /** Reads {@code <tsFile>.resource}; a damaged one throws {@link CorruptResourceException}. */
  public static TsFileResource load(Path tsFile) throws IOException {
    TsFileName.parse(tsFile.getFileName().toString());
    Path file = resourcePathOf(tsFile);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no resource file for " + tsFile);
    }
    return ResourceCodec.decode(tsFile, file, bytes);
  }

  /** Rebuilds the resource of a complete TsFile from its own metadata, for recovery. */
  public static TsFileResource rebuild(Path tsFile, boolean sequence, long timePartition)
      throws IOException {
    return ResourceRebuilder.rebuild(tsFile, sequence, timePartition);
  }

  /** Writes {@code <tsfile>.resource} crash-safely (temp file, fsync, atomic rename, dir fsync). */
  public void save() throws IOException {
    FileSync.writeAtomically(resourcePath(), ResourceCodec.encode(this));
  }

  public static Path resourcePathOf(Path tsFile) {
    return tsFile.resolveSibling(tsFile.getFileName() + SUFFIX);
  }

  public Path path() {
    return path;
  }

  public Path resourcePath() {
    return resourcePathOf(path);
  }

  public TsFileName name() {
    return name;
  }

  public boolean sequence() {
    return sequence;
  }

  public long timePartition() {
    return timePartition;
  }

  /** The devices of the file, in ascending order. */
  public Set<String> devices() {
    return devices.keySet();
  }

  public boolean contains(String device) {
    return devices.containsKey(device);
  }

  /** Whether the file may hold points of {@code device} in {@code range}. */
  public boolean mayContain(String device, TimeRange range) {
    DeviceRange times = devices.get(device);
    return times != null && range.overlaps(times.startTime(), times.endTime());
  }

  /** The device's first time; {@code Long.MAX_VALUE} if the file lacks it. */
  public long startTime(String device) {
    DeviceRange times = devices.get(device);
    return times == null ? Long.MAX_VALUE : times.startTime();
  }

  /** The device's last time; {@code Long.MIN_VALUE} if the file lacks it. */
  public long endTime(String device) {
    DeviceRange times = devices.get(device);
    return times == null ? Long.MIN_VALUE : times.endTime();
  }

  /** Whether the device was written aligned; false if the file lacks it. */
  public boolean isAligned(String device) {
    DeviceRange times = devices.get(device);
    return times != null && times.aligned();
  }

  /** Device ranges by device, in ascending device order. */
  public Map<String, DeviceRange> deviceRanges() {
    return devices;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TsFileResource other
        && path.equals(other.path)
        && sequence == other.sequence
        && timePartition == other.timePartition
        && devices.equals(other.devices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, sequence, timePartition, devices);
  }

  @Override
  public String toString() {
    return "TsFileResource{"
        + path
        + (sequence ? ", seq" : ", unseq")
        + ", partition "
        + timePartition
        + ", "
        + devices.size()
        + " devices}";
  }

  /** Collects device ranges; a device added twice keeps the union of its ranges. */
  public static final class Builder {
    private final Path path;
    private final boolean sequence;
    private final long timePartition;
    private final Map<String, DeviceRange> devices = new TreeMap<>();

    private Builder(Path path, boolean sequence, long timePartition) {
      this.path = Objects.requireNonNull(path, "path");
      this.sequence = sequence;
      this.timePartition = timePartition;
      TsFileName.parse(path.getFileName().toString());
    }

    public Builder device(String device, long startTime, long endTime, boolean aligned) {
      DeviceRange old = devices.get(device);
      DeviceRange range =
          old == null
              ? new DeviceRange(startTime, endTime, aligned)
              : new DeviceRange(
                  Math.min(old.startTime(), startTime),
                  Math.max(old.endTime(), endTime),
                  old.aligned() || aligned);
      devices.put(device, range);
      return this;
    }

    public TsFileResource build() {
      return new TsFileResource(path, sequence, timePartition, devices);
    }
  }
}
