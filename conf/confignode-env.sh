#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# confignode-env.sh (StrataDB): the memory and JVM options of the ConfigNode, read by
# sbin/start-confignode.sh (and so by start-standalone.sh) each time it starts the node.
# Edit the settings below; they apply at the next start.

# Memory of the ConfigNode process, Java heap and direct memory together, e.g. 2G or 2048M.
# Empty: 30% of the machine's memory (or of the container's memory limit), at most 2G.
MEMORY_SIZE=""

# The split of that memory: set both to choose it yourself, e.g. 1536M and 512M.
# Empty: direct memory gets a quarter of MEMORY_SIZE, the heap the rest.
ON_HEAP_MEMORY=""
OFF_HEAP_MEMORY=""

# Environment variables override the three settings above when set, for containers and
# tests: CONFIGNODE_MEMORY_SIZE, CONFIGNODE_ON_HEAP_MEMORY, CONFIGNODE_OFF_HEAP_MEMORY.
MEMORY_SIZE="${CONFIGNODE_MEMORY_SIZE:-$MEMORY_SIZE}"
ON_HEAP_MEMORY="${CONFIGNODE_ON_HEAP_MEMORY:-$ON_HEAP_MEMORY}"
OFF_HEAP_MEMORY="${CONFIGNODE_OFF_HEAP_MEMORY:-$OFF_HEAP_MEMORY}"

if [ -n "$ON_HEAP_MEMORY" ] && [ -n "$OFF_HEAP_MEMORY" ]; then
  heap_mb="$(iotdb_size_mb ON_HEAP_MEMORY "$ON_HEAP_MEMORY")"
  direct_mb="$(iotdb_size_mb OFF_HEAP_MEMORY "$OFF_HEAP_MEMORY")"
else
  if [ -n "$MEMORY_SIZE" ]; then
    memory_mb="$(iotdb_size_mb MEMORY_SIZE "$MEMORY_SIZE")"
  else
    memory_mb=$(($(iotdb_system_memory_mb) * 3 / 10))
    [ "$memory_mb" -gt 2048 ] && memory_mb=2048
  fi
  [ "$memory_mb" -lt 256 ] && memory_mb=256
  direct_mb=$((memory_mb / 4))
  heap_mb=$((memory_mb - direct_mb))
fi

IOTDB_JMX_OPTS="${IOTDB_JMX_OPTS:-}"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Xmx${heap_mb}m -XX:MaxDirectMemorySize=${direct_mb}m"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Dio.netty.tryReflectionSetAccessible=true"

# Further options, for example:
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Xms${heap_mb}m"            # commit the whole heap at start
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -XX:MaxGCPauseMillis=200"

echo "ConfigNode memory: heap ${heap_mb} MB, direct ${direct_mb} MB (set in conf/confignode-env.sh)"
