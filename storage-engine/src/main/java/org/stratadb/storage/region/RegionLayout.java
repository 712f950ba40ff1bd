package org.stratadb.storage.region;

import java.nio.file.Path;
import java.util.List;

/**
 * Where one region keeps its files, as in IoTDB: {@code
 * <data_dir>/{sequence,unsequence}/<database>/<region>/<time partition>/} for TsFiles, {@code
 * <wal_dir>/<database>-<region>/} for the WAL, and {@code <first data_dir>/system/<database>/
 * <region>/} for the region's own small state files.
 */
record RegionLayout(List<Path> dataDirs, Path walRoot, String database, int regionId) {

  static final String SEQUENCE = "sequence";
  static final String UNSEQUENCE = "unsequence";

  Path partitionDir(Path dataDir, boolean sequence, long partition) {
    return spaceDir(dataDir, sequence).resolve(Long.toString(partition));
  }

  Path spaceDir(Path dataDir, boolean sequence) {
    return dataDir
        .resolve(sequence ? SEQUENCE : UNSEQUENCE)
        .resolve(database)
        .resolve(Integer.toString(regionId));
  }

  Path walDir() {
    return walRoot.resolve(database + "-" + regionId);
  }

  Path systemDir() {
    return dataDirs.get(0).resolve("system").resolve(database).resolve(Integer.toString(regionId));
  }
}
