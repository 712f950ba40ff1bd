package org.stratadb.storage.tsfile;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a TsFile as IoTDB spells it: {@code
 * {createdMillis}-{version}-{inner}-{cross}.tsfile}, where {@code version} orders the flushes of a
 * region and the two counts say how many inner-space and cross-space compactions produced the file.
 * Ordered by version, then by the other fields.
 */
public record TsFileName(
    long createdMillis, long version, int innerCompactions, int crossCompactions)
    implements Comparable<TsFileName> {

  public static final String SUFFIX = ".tsfile";

  private static final Pattern NAME =
      Pattern.compile("(\\d{1,19})-(\\d{1,19})-(\\d{1,9})-(\\d{1,9})\\.tsfile");

  private static final Comparator<TsFileName> ORDER =
      Comparator.comparingLong(TsFileName::version)
          .thenComparingLong(TsFileName::createdMillis)
          .thenComparingInt(TsFileName::innerCompactions)
          .thenComparingInt(TsFileName::crossCompactions);

  public TsFileName {
    if (createdMillis < 0 || version < 0 || innerCompactions < 0 || crossCompactions < 0) {
      throw new IllegalArgumentException(
          "TsFile name fields must not be negative: "
              + createdMillis
              + "-"
              + version
              + "-"
              + innerCompactions
              + "-"
              + crossCompactions);
    }
  }

  /** Parses a file name (no directory); throws {@link IllegalArgumentException} if it is none. */
  public static TsFileName parse(String fileName) {
    return tryParse(fileName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a TsFile name (expected {createdMillis}-{version}-{inner}-{cross}.tsfile): "
                        + fileName));
  }

  /** The name, or empty when {@code fileName} is not one (a directory scan meets other files). */
  public static Optional<TsFileName> tryParse(String fileName) {
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TsFileName(
              Long.parseLong(m.group(1)),
              Long.parseLong(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4))));
    } catch (NumberFormatException e) {
      return Optional.empty(); // 19 digits may still overflow a long
    }
  }

  public String fileName() {
    return createdMillis + "-" + version + "-" + innerCompactions + "-" + crossCompactions + SUFFIX;
  }

  @Override
  public int compareTo(TsFileName other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return fileName();
  }
}
