package org.stratadb.datanode.schema;

import java.util.List;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.IllegalPathException;

/**
 * The schema errors a client sees, with IoTDB 1.3's status codes and message wording (clients and
 * tools match on both). Every method returns the exception for the caller to throw.
 */
public final class SchemaErrors {
  private SchemaErrors() {}

  /** 503: a series with this path (or this alias) exists. */
  public static StrataException timeseriesAlreadyExists(String path) {
    return new StrataException(
        StatusCode.TIMESERIES_ALREADY_EXIST, "Path [" + path + "] already exist");
  }

  /** 505: the alias is already a name or alias under the device. */
  public static StrataException aliasAlreadyExists(String path, String alias) {
    return new StrataException(
        StatusCode.ALIAS_ALREADY_EXIST,
        "Alias [" + alias + "] for Path [" + path + "] already exist");
  }

  /**
   * 506: the path exists as the wrong kind of node (an inner node where a series would go, or a
   * series where an inner node would go).
   */
  public static StrataException pathAlreadyExists(String path) {
    return new StrataException(StatusCode.PATH_ALREADY_EXIST, "Path [" + path + "] already exist");
  }

  /** 508: no such path. */
  public static StrataException pathNotExist(String path) {
    return new StrataException(StatusCode.PATH_NOT_EXIST, "Path [" + path + "] does not exist");
  }

  /** 508: a deletion matched no series; several patterns print as {@code first ... last}. */
  public static StrataException timeseriesNotExist(List<String> patterns) {
    String shown =
        patterns.size() == 1
            ? patterns.get(0)
            : patterns.get(0) + " ... " + patterns.get(patterns.size() - 1);
    return new StrataException(
        StatusCode.PATH_NOT_EXIST,
        "Timeseries [" + shown + "] does not exist or is represented by schema template");
  }

  /** 609: a non-aligned series was to be created under an aligned device. */
  public static StrataException deviceIsAligned(String device) {
    return aligned(
        "time series under this device is aligned, please use createAlignedTimeseries or change"
            + " device.",
        device);
  }

  /** 609: an aligned series was to be created under a non-aligned device. */
  public static StrataException deviceIsNotAligned(String device) {
    return aligned(
        "Time series under this device is not aligned, please use createTimeSeries or change"
            + " device.",
        device);
  }

  /** 609: a write would auto-create series with the other alignment than its device has. */
  public static StrataException writeAlignmentMismatch(String device, boolean deviceAligned) {
    return aligned(
        "Timeseries under this device is"
            + (deviceAligned ? "" : " not")
            + " aligned, please use createTimeseries or change device.",
        device);
  }

  private static StrataException aligned(String message, String device) {
    return new StrataException(
        StatusCode.ALIGNED_TIMESERIES_ERROR, message + " (Path: " + device + ")");
  }

  /** 507: the encoding cannot store the type. */
  public static StrataException encodingNotSupported(TSEncoding encoding, TSDataType type) {
    return new StrataException(
        StatusCode.METADATA_ERROR, "encoding " + encoding + " does not support " + type);
  }

  /** 507: series of this type cannot be created. */
  public static StrataException typeNotSupported(TSDataType type) {
    return new StrataException(
        StatusCode.METADATA_ERROR, "data type " + type + " is not supported for a time series");
  }

  /** 507: a typed value for a series registered with another type. */
  public static StrataException typeMismatch(
      String device, String measurement, TSDataType registered, TSDataType inserting) {
    return new StrataException(
        StatusCode.METADATA_ERROR,
        "data type of "
            + device
            + "."
            + measurement
            + " is not consistent, registered type "
            + registered
            + ", inserting type "
            + inserting);
  }

  /**
   * 507: as {@link #typeMismatch(String, String, TSDataType, TSDataType)} with the first row's time
   * and value, as IoTDB reports it (the value cut to 100 characters).
   */
  public static StrataException typeMismatch(
      String device,
      String measurement,
      TSDataType registered,
      TSDataType inserting,
      long time,
      Object value) {
    String shown = String.valueOf(value);
    if (shown.length() > 100) {
      shown = shown.substring(0, 100);
    }
    return new StrataException(
        StatusCode.METADATA_ERROR,
        typeMismatch(device, measurement, registered, inserting).getMessage()
            + ", timestamp "
            + time
            + ", value "
            + shown);
  }

  /** 507: a text value that does not parse as the series' type. */
  public static StrataException valueNotOfType(String value, TSDataType registered) {
    return new StrataException(
        StatusCode.METADATA_ERROR,
        "data type is not consistent, input " + value + ", registered " + registered);
  }

  /**
   * 507: the summary IoTDB returns when some measurements of a write failed: {@code Fail to insert
   * measurements [s1, s2] caused by [cause1, cause2]}.
   */
  public static StrataException insertFailed(List<String> measurements, List<String> causes) {
    return new StrataException(
        StatusCode.METADATA_ERROR,
        "Fail to insert measurements "
            + measurements
            + " caused by ["
            + String.join(", ", causes)
            + "]");
  }

  /** 509: a node of a series path is a reserved or wildcard name. */
  public static IllegalPathException illegalName(String path, String name) {
    return new IllegalPathException(path, name + " is an illegal name.");
  }

  /** 500: the path is outside the region's database. */
  public static StrataException notInDatabase(String path) {
    return new StrataException(
        StatusCode.DATABASE_NOT_EXIST,
        "Database is not set for current seriesPath: [" + path + "]");
  }

  /** 701: an aligned device was given the same measurement twice. */
  public static StrataException duplicateAlignedMeasurement() {
    return new StrataException(
        StatusCode.SEMANTIC_ERROR,
        "Measurement under an aligned device is not allowed to have the same measurement name");
  }

  /** 701: a key is both a tag and an attribute. */
  public static StrataException tagAttributeClash(String key) {
    return new StrataException(
        StatusCode.SEMANTIC_ERROR,
        "Tag and attribute shouldn't have the same property key [" + key + "]");
  }
}
