package org.stratadb.datanode.schema;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;

/**
 * The schema engine's settings, immutable. Defaults follow IoTDB 1.3: text values infer {@code
 * true}/{@code false} as BOOLEAN ({@code boolean_string_infer_type}), integers as DOUBLE ({@code
 * integer_string_infer_type}), decimals as DOUBLE ({@code floating_string_infer_type}) and {@code
 * NaN} as DOUBLE ({@code nan_string_infer_type}); series created without an encoding get {@code
 * default_<type>_encoding} (BOOLEAN RLE, INT32/INT64/DATE/TIMESTAMP TS_2DIFF, FLOAT/DOUBLE GORILLA,
 * TEXT/STRING/BLOB PLAIN) and without a compressor LZ4.
 */
public final class SchemaSettings {
  private final TSDataType booleanInfer;
  private final TSDataType integerInfer;
  private final TSDataType floatingInfer;
  private final TSDataType nanInfer;
  private final CompressionType defaultCompressor;
  private final Map<TSDataType, TSEncoding> defaultEncodings;
  private final boolean syncLog;
  private final int snapshotEveryRecords;
  private final int deviceCacheSize;

  private SchemaSettings(Builder b) {
    this.booleanInfer = b.booleanInfer;
    this.integerInfer = b.integerInfer;
    this.floatingInfer = b.floatingInfer;
    this.nanInfer = b.nanInfer;
    this.defaultCompressor = b.defaultCompressor;
    this.defaultEncodings = new EnumMap<>(b.defaultEncodings);
    this.syncLog = b.syncLog;
    this.snapshotEveryRecords = b.snapshotEveryRecords;
    this.deviceCacheSize = b.deviceCacheSize;
  }

  public static SchemaSettings defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public TSDataType booleanStringInferType() {
    return booleanInfer;
  }

  public TSDataType integerStringInferType() {
    return integerInfer;
  }

  public TSDataType floatingStringInferType() {
    return floatingInfer;
  }

  public TSDataType nanStringInferType() {
    return nanInfer;
  }

  public CompressionType defaultCompressor() {
    return defaultCompressor;
  }

  /** The encoding a series of {@code type} gets when created without one. */
  public TSEncoding defaultEncoding(TSDataType type) {
    TSEncoding encoding = defaultEncodings.get(type);
    return encoding == null ? TSEncoding.PLAIN : encoding;
  }

  /** Whether every schema change is forced to disk before it returns. */
  public boolean syncLog() {
    return syncLog;
  }

  /** A region writes a snapshot and starts a fresh log after this many log records. */
  public int snapshotEveryRecords() {
    return snapshotEveryRecords;
  }

  /**
   * How many devices' write-path views ({@link DeviceSchema}) a region keeps at most; beyond it an
   * eighth of them is dropped and rebuilt on their next write.
   */
  public int deviceCacheSize() {
    return deviceCacheSize;
  }

  /** Builds {@link SchemaSettings}; every setting starts at its IoTDB default. */
  public static final class Builder {
    private TSDataType booleanInfer = TSDataType.BOOLEAN;
    private TSDataType integerInfer = TSDataType.DOUBLE;
    private TSDataType floatingInfer = TSDataType.DOUBLE;
    private TSDataType nanInfer = TSDataType.DOUBLE;
    private CompressionType defaultCompressor = CompressionType.LZ4;
    private final Map<TSDataType, TSEncoding> defaultEncodings = new EnumMap<>(TSDataType.class);
    private boolean syncLog = true;
    private int snapshotEveryRecords = 100_000;
    private int deviceCacheSize = 200_000;

    private Builder() {
      defaultEncodings.put(TSDataType.BOOLEAN, TSEncoding.RLE);
      defaultEncodings.put(TSDataType.INT32, TSEncoding.TS_2DIFF);
      defaultEncodings.put(TSDataType.DATE, TSEncoding.TS_2DIFF);
      defaultEncodings.put(TSDataType.INT64, TSEncoding.TS_2DIFF);
      defaultEncodings.put(TSDataType.TIMESTAMP, TSEncoding.TS_2DIFF);
      defaultEncodings.put(TSDataType.FLOAT, TSEncoding.GORILLA);
      defaultEncodings.put(TSDataType.DOUBLE, TSEncoding.GORILLA);
      defaultEncodings.put(TSDataType.TEXT, TSEncoding.PLAIN);
      defaultEncodings.put(TSDataType.STRING, TSEncoding.PLAIN);
      defaultEncodings.put(TSDataType.BLOB, TSEncoding.PLAIN);
    }

    /** {@code boolean_string_infer_type}: BOOLEAN or TEXT. */
    public Builder booleanStringInferType(TSDataType type) {
      this.booleanInfer = check(type, TSDataType.BOOLEAN, TSDataType.TEXT);
      return this;
    }

    /** {@code integer_string_infer_type}: INT32, INT64, FLOAT, DOUBLE or TEXT. */
    public Builder integerStringInferType(TSDataType type) {
      this.integerInfer =
          check(
              type,
              TSDataType.INT32,
              TSDataType.INT64,
              TSDataType.FLOAT,
              TSDataType.DOUBLE,
              TSDataType.TEXT);
      return this;
    }

    /** {@code floating_string_infer_type}: FLOAT, DOUBLE or TEXT. */
    public Builder floatingStringInferType(TSDataType type) {
      this.floatingInfer = check(type, TSDataType.FLOAT, TSDataType.DOUBLE, TSDataType.TEXT);
      return this;
    }

    /** {@code nan_string_infer_type}: FLOAT, DOUBLE or TEXT. */
    public Builder nanStringInferType(TSDataType type) {
      this.nanInfer = check(type, TSDataType.FLOAT, TSDataType.DOUBLE, TSDataType.TEXT);
      return this;
    }

    public Builder defaultCompressor(CompressionType compressor) {
      this.defaultCompressor = Objects.requireNonNull(compressor, "compressor");
      return this;
    }

    /** {@code default_<type>_encoding}; the encoding must support the type. */
    public Builder defaultEncoding(TSDataType type, TSEncoding encoding) {
      if (!encoding.isSupported(type)) {
        throw new IllegalArgumentException("encoding " + encoding + " does not support " + type);
      }
      defaultEncodings.put(type, encoding);
      return this;
    }

    public Builder syncLog(boolean sync) {
      this.syncLog = sync;
      return this;
    }

    public Builder snapshotEveryRecords(int records) {
      if (records < 1) {
        throw new IllegalArgumentException("snapshotEveryRecords must be positive: " + records);
      }
      this.snapshotEveryRecords = records;
      return this;
    }

    public Builder deviceCacheSize(int devices) {
      if (devices < 1) {
        throw new IllegalArgumentException("deviceCacheSize must be positive: " + devices);
      }
      this.deviceCacheSize = devices;
      return this;
    }

    public SchemaSettings build() {
      return new SchemaSettings(this);
    }

    private static TSDataType check(TSDataType type, TSDataType... allowed) {
      for (TSDataType ok : allowed) {
        if (ok == type) {
          return type;
        }
      }
      throw new IllegalArgumentException(
          "type " + type + " is not one of " + java.util.Arrays.toString(allowed));
    }
  }
}
