#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# The StrataDB command line: every argument goes to the CLI unchanged, e.g.
#   sbin/start-cli.sh -h 127.0.0.1 -p 6667 -u root -pw root
#   sbin/start-cli.sh -e "show cluster"
# Extra JVM options can be given in IOTDB_CLI_OPTS.

SBIN_DIR="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=iotdb-common.sh
. "$SBIN_DIR/iotdb-common.sh"
iotdb_init_dirs
iotdb_find_java

jvm_opts=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1)
logback="$IOTDB_CONF/logback-cli.xml"
[ -f "$logback" ] || logback="$IOTDB_HOME/conf/logback-cli.xml"
[ -f "$logback" ] && jvm_opts+=("-Dlogback.configurationFile=$logback")
extra_opts=()
read -r -a extra_opts <<<"${IOTDB_CLI_OPTS:-}"

exec "$JAVA" "${jvm_opts[@]}" "${extra_opts[@]}" -cp "$IOTDB_HOME/lib/*" \
  "-DIOTDB_HOME=$IOTDB_HOME" "-DIOTDB_CONF=$IOTDB_CONF" org.stratadb.cli.Cli "$@"
