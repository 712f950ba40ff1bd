/**
 * Distributed planning: {@link org.stratadb.query.plan.Planner} asks the partition table where each
 * device's data lives and builds a {@link org.stratadb.query.plan.DistributedPlan}: one {@link
 * org.stratadb.query.plan.PlanFragment} per data region (scans, storage-side aggregations or last
 * points of that region) and a root that reads them through {@link
 * org.stratadb.query.plan.ExchangeNode}s and joins, filters, merges partial aggregates and pages.
 * Plan nodes are plain data, so a fragment can later be shipped to the node holding its region.
 */
package org.stratadb.query.plan;
