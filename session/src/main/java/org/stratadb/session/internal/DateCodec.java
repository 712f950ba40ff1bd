package org.stratadb.session.internal;

import java.time.LocalDate;

/** DATE values travel as the int {@code yyyy * 10000 + MM * 100 + dd}. */
public final class DateCodec {
  private DateCodec() {}

  /** A LocalDate or an already packed Number as the packed int. */
  public static int toInt(Object value) {
    if (value instanceof LocalDate) {
      LocalDate d = (LocalDate) value;
      return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
    }
    return ((Number) value).intValue();
  }

  /** The packed int as {@code yyyy-MM-dd}. */
  public static String format(int value) {
    int year = value / 10000;
    int month = (value / 100) % 100;
    int day = value % 100;
    return String.format("%04d-%02d-%02d", year, month, day);
  }
}
