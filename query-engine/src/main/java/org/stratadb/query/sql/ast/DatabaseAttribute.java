package org.stratadb.query.sql.ast;

/** The attributes {@code CREATE DATABASE ... WITH key=value} accepts, by their SQL names. */
public enum DatabaseAttribute {
  TTL,
  SCHEMA_REPLICATION_FACTOR,
  DATA_REPLICATION_FACTOR,
  TIME_PARTITION_INTERVAL,
  SCHEMA_REGION_GROUP_NUM,
  DATA_REGION_GROUP_NUM
}
