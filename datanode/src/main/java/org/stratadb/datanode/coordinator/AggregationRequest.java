package org.stratadb.datanode.coordinator;

import java.util.List;

/**
 * One aggregation query of the session API. Times are null when the request left them unset.
 *
 * @param paths full series paths
 * @param functions one lower-case function name per path
 */
public record AggregationRequest(
    List<String> paths,
    List<String> functions,
    Long startTime,
    Long endTime,
    Long interval,
    Long slidingStep) {
  public AggregationRequest {
    paths = List.copyOf(paths);
    functions = List.copyOf(functions);
    if (paths.size() != functions.size()) {
      throw new IllegalArgumentException("one aggregation per path");
    }
  }
}
