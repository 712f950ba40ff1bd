package org.stratadb.storage.api;

/** The newest point of a series: its time and value (boxed, or {@code Binary} for text). */
public record LastPoint(long time, Object value) {}
