#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# datanode-env.sh (StrataDB): the memory and JVM options of the DataNode, read by
# sbin/start-datanode.sh (and so by start-standalone.sh) each time it starts the node.
# Edit the settings below; they apply at the next start.

# Memory of the DataNode process, Java heap and direct memory together, e.g. 8G or 8192M.
# Empty: half of the machine's memory (or of the container's memory limit).
MEMORY_SIZE=""

# The split of that memory: set both to choose it yourself, e.g. 6G and 2G.
# Empty: direct memory gets a fifth of MEMORY_SIZE (at most 8G), the heap the rest.
ON_HEAP_MEMORY=""
OFF_HEAP_MEMORY=""

# Environment variables override the three settings above when set, for containers and
# tests: DATANODE_MEMORY_SIZE, DATANODE_ON_HEAP_MEMORY, DATANODE_OFF_HEAP_MEMORY.
MEMORY_SIZE="${DATANODE_MEMORY_SIZE:-$MEMORY_SIZE}"
ON_HEAP_MEMORY="${DATANODE_ON_HEAP_MEMORY:-$ON_HEAP_MEMORY}"
OFF_HEAP_MEMORY="${DATANODE_OFF_HEAP_MEMORY:-$OFF_HEAP_MEMORY}"

# A DataNode keeps many files open: raise the limit of open files towards 65535.
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 65535 ]; then
  ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null
  if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt 65535 ]; then
    echo "Warning: at most $(ulimit -n) open files are allowed; raise the limit to 65535 (ulimit -n, /etc/security/limits.conf) for production use"
  fi
fi

if [ -n "$ON_HEAP_MEMORY" ] && [ -n "$OFF_HEAP_MEMORY" ]; then
  heap_mb="$(iotdb_size_mb ON_HEAP_MEMORY "$ON_HEAP_MEMORY")"
  direct_mb="$(iotdb_size_mb OFF_HEAP_MEMORY "$OFF_HEAP_MEMORY")"
else
  if [ -n "$MEMORY_SIZE" ]; then
    memory_mb="$(iotdb_size_mb MEMORY_SIZE "$MEMORY_SIZE")"
  else
    memory_mb=$(($(iotdb_system_memory_mb) / 2))
  fi
  [ "$memory_mb" -lt 512 ] && memory_mb=512
  direct_mb=$((memory_mb / 5))
  [ "$direct_mb" -gt 8192 ] && direct_mb=8192
  heap_mb=$((memory_mb - direct_mb))
fi

IOTDB_JMX_OPTS="${IOTDB_JMX_OPTS:-}"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Xmx${heap_mb}m -XX:MaxDirectMemorySize=${direct_mb}m"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError"
# Threads keep at most this many bytes of temporary direct buffers each.
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Djdk.nio.maxCachedBufferSize=1048576"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"
IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Dio.netty.tryReflectionSetAccessible=true"

# Further options, for example:
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Xms${heap_mb}m"            # commit the whole heap at start
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -XX:MaxGCPauseMillis=200"
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -XX:+AlwaysPreTouch"
# Remote JMX (protect it: see the JDK's documentation of com.sun.management.jmxremote):
# IOTDB_JMX_OPTS="$IOTDB_JMX_OPTS -Dcom.sun.management.jmxremote.port=31999"

echo "DataNode memory: heap ${heap_mb} MB, direct ${direct_mb} MB (set in conf/datanode-env.sh)"
