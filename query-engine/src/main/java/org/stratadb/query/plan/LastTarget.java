package org.stratadb.query.plan;

import org.apache.tsfile.enums.TSDataType;

/** A series whose last point a {@link LastScanNode} reads; {@code index} names it in the output. */
public record LastTarget(int index, String device, String measurement, TSDataType type) {}
