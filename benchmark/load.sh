#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Builds the distribution and the benchmark module, then runs the load generator
# (org.stratadb.benchmark.load.LoadBenchmark) with start=true: it starts a 1C1D from a copy
# of the distribution on free loopback ports, writes, queries, prints its report and stops
# the 1C1D. Arguments are passed on as key=value options (see benchmark/README.md), e.g.
#   benchmark/load.sh seconds=10 rows=100
# SKIP_BUILD=1 skips the two builds; OFFLINE=1 builds with Maven's -o.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  offline=()
  [ "${OFFLINE:-0}" = 1 ] && offline=(-o)
  ./mvnw -B -q "${offline[@]}" -pl distribution -am package -DskipTests
  ./mvnw -B -q "${offline[@]}" -pl benchmark -am package -DskipTests
fi
CP="benchmark/target/classes:$(cat benchmark/target/classpath.txt)"
exec java -Xmx1g -Dbench.log="${TMPDIR:-/tmp}/stratadb-load.log" -cp "$CP" \
  org.stratadb.benchmark.load.LoadBenchmark start=true "$@"
