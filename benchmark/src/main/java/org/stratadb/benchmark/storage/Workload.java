package org.stratadb.benchmark.storage;

import org.apache.tsfile.enums.TSDataType;
import org.stratadb.storage.api.ColumnSpec;

/**
 * The shape of the data set: {@code devices} non-aligned devices of {@code sensors} series each,
 * the first half DOUBLE and the rest INT64, written in rounds of one {@code rows}-row tablet per
 * device. A device's timestamps are consecutive seconds.
 */
record Workload(int devices, int sensors, int rows, int rounds, long seed) {

  static final String DATABASE = "root.bench";

  /**
   * The first timestamp: a multiple of the default 7-day time partition, so a run of up to a few
   * weeks of data stays in one partition instead of straddling two by accident.
   */
  static final long BASE_TIME = 2811L * 604_800_000L;

  static final long STEP_MILLIS = 1000;

  Workload {
    if (devices <= 0 || sensors < 2 || rows <= 0 || rounds <= 0) {
      throw new IllegalArgumentException(
          "need devices > 0, sensors >= 2, rows > 0, rounds > 0: " + this);
    }
  }

  /** The largest whole number of rounds that stays within {@code points}, at least one. */
  static Workload forPoints(int devices, int sensors, int rows, long points, long seed) {
    long perRound = (long) devices * sensors * rows;
    int rounds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, points / perRound));
    return new Workload(devices, sensors, rows, rounds, seed);
  }

  Workload withRounds(int newRounds) {
    return new Workload(devices, sensors, rows, newRounds, seed);
  }

  long pointsPerTablet() {
    return (long) sensors * rows;
  }

  long points() {
    return pointsPerTablet() * devices * rounds;
  }

  int doubleSensors() {
    return sensors / 2;
  }

  String device(int index) {
    return DATABASE + ".d" + String.format("%03d", index);
  }

  static String sensor(int index) {
    return "s" + String.format("%03d", index);
  }

  TSDataType type(int sensor) {
    return sensor < doubleSensors() ? TSDataType.DOUBLE : TSDataType.INT64;
  }

  /** Default encodings and compression, as a series created without options gets them. */
  ColumnSpec[] columns() {
    ColumnSpec[] columns = new ColumnSpec[sensors];
    for (int s = 0; s < sensors; s++) {
      columns[s] = ColumnSpec.of(sensor(s), type(s));
    }
    return columns;
  }

  long firstTime(int round) {
    return BASE_TIME + (long) round * rows * STEP_MILLIS;
  }

  long lastTime() {
    return firstTime(rounds) - STEP_MILLIS;
  }
}
