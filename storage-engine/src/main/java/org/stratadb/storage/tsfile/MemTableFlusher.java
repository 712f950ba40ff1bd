package org.stratadb.storage.tsfile;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tsfile.file.metadata.IDeviceID;
import org.apache.tsfile.write.writer.TsFileIOWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.storage.api.ColumnSpec;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.memtable.MemTable;

/**
 * Writes a frozen memtable into a new TsFile: every device in TsFile device order, every series
 * sorted and de-duplicated, aligned devices as aligned chunk groups. The memtable's blocks go
 * straight into TsFile's chunk writers; nothing is copied per point.
 */
public final class MemTableFlusher {
  private static final Logger LOG = LoggerFactory.getLogger(MemTableFlusher.class);

  private MemTableFlusher() {}

  /**
   * Writes {@code memTable} to {@code tsFile}, which must not exist and must carry a TsFile name,
   * forces it and its directory to disk, and returns its resource (not yet saved). When this
   * throws, a partial file may be left for the caller to delete.
   */
  public static TsFileResource flush(
      MemTable memTable, Path tsFile, boolean sequence, long timePartition) throws IOException {
    long started = System.nanoTime();
    TsFileResource.Builder resource = TsFileResource.builder(tsFile, sequence, timePartition);
    if (Files.exists(tsFile)) {
      throw new FileAlreadyExistsException(tsFile.toString(), null, "a flush never overwrites");
    }
    long points = 0;
    TsFileIOWriter file = new TsFileIOWriter(tsFile.toFile());
    try {
      for (Map.Entry<IDeviceID, String> device : sortedDevices(memTable)) {
        String name = device.getValue();
        List<ColumnSpec> specs = DeviceColumns.withPoints(memTable, name);
        if (specs.isEmpty()) {
          continue;
        }
        points +=
            memTable.isAligned(name)
                ? AlignedFlusher.flush(file, memTable, name, device.getKey(), specs, resource)
                : SeriesFlusher.flush(file, memTable, name, device.getKey(), specs, resource);
      }
      file.endFile(); // writes the index, forces the file and closes it
    } finally {
      if (file.canWrite()) {
        file.close();
      }
    }
    FileSync.syncDirectory(tsFile.toAbsolutePath().getParent());
    TsFileResource result = resource.build();
    LOG.info(
        "flushed {} points of {} devices to {} ({} bytes) in {} ms",
        points,
        result.devices().size(),
        tsFile,
        Files.size(tsFile),
        (System.nanoTime() - started) / 1_000_000);
    return result;
  }

  /** TsFile's index needs devices in IDeviceID order, which is not string order. */
  private static List<Map.Entry<IDeviceID, String>> sortedDevices(MemTable memTable) {
    List<Map.Entry<IDeviceID, String>> devices = new ArrayList<>(memTable.devices().size());
    for (String device : memTable.devices()) {
      devices.add(Map.entry(DeviceIds.of(device), device));
    }
    devices.sort(Map.Entry.comparingByKey());
    return devices;
  }
}
