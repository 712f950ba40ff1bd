package org.stratadb.storage.api;

import java.util.Objects;

/**
 * Deletes the points of every series matching {@code pathPattern} with time in {@code range}. The
 * pattern is a full series path such as {@code root.sg.d1.s1}, where a node {@code *} matches any
 * one node and {@code **} any number of nodes (at least one).
 */
public record Deletion(String pathPattern, TimeRange range) {
  public Deletion {
    Objects.requireNonNull(pathPattern, "pathPattern");
    Objects.requireNonNull(range, "range");
  }
}
