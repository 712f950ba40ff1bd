package org.stratadb.query.plan;

import org.stratadb.query.analyze.AggregationFunction;

/** One output column of an aggregation: {@code function} of the series of state {@code state}. */
public record AggregationOutput(int state, AggregationFunction function) {}
