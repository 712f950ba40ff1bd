package org.stratadb.query.plan;

import org.stratadb.storage.api.AggregationKind;

/**
 * A column of partial aggregates: the {@code kind} partial of the series of state {@code state}.
 */
public record PartialColumn(int state, AggregationKind kind) {}
