#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Functions shared by the StrataDB sbin scripts. Sourced, never run directly.
#
# Locations (each overridable from the environment, as in IoTDB):
#   IOTDB_HOME     the install directory: always the parent of this sbin/ directory
#   IOTDB_CONF     configuration directory, default $IOTDB_HOME/conf (start/stop -c wins)
#   IOTDB_LOG_DIR  log directory, default $IOTDB_HOME/logs
#
# Exit codes of the scripts: 0 done, 1 refused or failed (the message says why),
# 2 bad usage, 3 (stop scripts) the node did not stop within the timeout.

# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

iotdb_error() {
  printf 'Error: %s\n' "$*" >&2
}

iotdb_die() {
  iotdb_error "$@"
  exit 1
}

# ---------------------------------------------------------------------------
# Locations
# ---------------------------------------------------------------------------

# Sets IOTDB_HOME from this file's location, IOTDB_CONF and IOTDB_LOG_DIR from the
# environment or their defaults, all absolute.
iotdb_init_dirs() {
  local sbin_dir
  sbin_dir="$(dirname "${BASH_SOURCE[0]}")"
  # A logical cd: a node home whose sbin/ is a symbolic link stays the home.
  IOTDB_HOME="$(cd "$sbin_dir/.." && pwd)" || iotdb_die "cannot resolve the StrataDB home from $sbin_dir"
  export IOTDB_HOME
  IOTDB_CONF="$(iotdb_absolute "${IOTDB_CONF:-$IOTDB_HOME/conf}")"
  export IOTDB_CONF
  IOTDB_LOG_DIR="$(iotdb_absolute "${IOTDB_LOG_DIR:-$IOTDB_HOME/logs}")"
  export IOTDB_LOG_DIR
}

# Prints $1 as an absolute path, relative paths taken against the current directory.
iotdb_absolute() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$PWD/$1" ;;
  esac
}

# Prints $1 as an absolute path, relative paths taken against IOTDB_HOME (as the nodes do).
iotdb_home_path() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s\n' "$IOTDB_HOME/$1" ;;
  esac
}

iotdb_check_conf_dir() {
  [ -d "$IOTDB_CONF" ] || iotdb_die "configuration directory $IOTDB_CONF does not exist"
}

# ---------------------------------------------------------------------------
# Configuration files
# ---------------------------------------------------------------------------

# The files a node of role $1 reads, lowest precedence first (as the nodes read them):
# iotdb-common.properties, iotdb-<role>.properties, iotdb-system.properties.
iotdb_conf_files() {
  printf '%s\n' "$IOTDB_CONF/iotdb-common.properties" \
    "$IOTDB_CONF/iotdb-$1.properties" \
    "$IOTDB_CONF/iotdb-system.properties"
}

# Prints the last value of key $2 in properties file $1 (trimmed), or nothing.
iotdb_properties_value() {
  awk -v k="$2" '
    { sub(/\r$/, ""); line = $0; sub(/^[ \t\f]+/, "", line) }
    line == "" || line ~ /^[#!]/ { next }
    {
      i = match(line, /[=:]/)
      if (i == 0) next
      name = substr(line, 1, i - 1); sub(/[ \t\f]+$/, "", name)
      if (name != k) next
      value = substr(line, i + 1); sub(/^[ \t\f]+/, "", value); sub(/[ \t\f]+$/, "", value)
      found = value; has = 1
    }
    END { if (has) print found }' "$1"
}

# iotdb_conf_get ROLE KEY DEFAULT: the value a node of ROLE sees for KEY. A later file
# overrides an earlier one; an empty value counts as unset.
iotdb_conf_get() {
  local file value="" v
  while IFS= read -r file; do
    [ -r "$file" ] || continue
    v="$(iotdb_properties_value "$file" "$2")"
    [ -n "$v" ] && value="$v"
  done < <(iotdb_conf_files "$1")
  printf '%s\n' "${value:-$3}"
}

# iotdb_conf_origin ROLE KEY: the file whose value wins for KEY, or "the default".
iotdb_conf_origin() {
  local file origin="the default"
  while IFS= read -r file; do
    [ -r "$file" ] || continue
    [ -n "$(iotdb_properties_value "$file" "$2")" ] && origin="$file"
  done < <(iotdb_conf_files "$1")
  printf '%s\n' "$origin"
}

# ---------------------------------------------------------------------------
# Roles
# ---------------------------------------------------------------------------

iotdb_role_name() {
  case "$1" in
    confignode) echo "ConfigNode" ;;
    datanode) echo "DataNode" ;;
  esac
}

iotdb_main_class() {
  case "$1" in
    confignode) echo "org.stratadb.confignode.ConfigNodeMain" ;;
    datanode) echo "org.stratadb.datanode.DataNodeMain" ;;
  esac
}

# The port keys of a role, each with its default, as "key default" lines.
iotdb_port_keys() {
  case "$1" in
    confignode)
      printf '%s\n' "cn_internal_port 10710" "cn_consensus_port 10720"
      ;;
    datanode)
      printf '%s\n' "dn_rpc_port 6667" "dn_internal_port 10730" \
        "dn_mpp_data_exchange_port 10740" "dn_schema_region_consensus_port 10750" \
        "dn_data_region_consensus_port 10760"
      ;;
  esac
}

# The directory keys of a role whose contents destroy-*.sh deletes, "key default" lines.
iotdb_dir_keys() {
  case "$1" in
    confignode)
      printf '%s\n' "cn_system_dir data/confignode/system" \
        "cn_consensus_dir data/confignode/consensus"
      ;;
    datanode)
      printf '%s\n' "dn_system_dir data/datanode/system" "dn_data_dirs data/datanode/data" \
        "dn_consensus_dir data/datanode/consensus" "dn_wal_dirs data/datanode/wal"
      ;;
  esac
}

# The absolute system directory of a role.
iotdb_system_dir() {
  local key
  case "$1" in
    confignode) key=cn_system_dir ;;
    datanode) key=dn_system_dir ;;
  esac
  iotdb_home_path "$(iotdb_conf_get "$1" "$key" "data/$1/system")"
}

# The default pid file of a role: <role>.pid beside the node's system directory, so
# $IOTDB_HOME/data/datanode/datanode.pid with the shipped configuration.
iotdb_default_pid_file() {
  printf '%s/%s.pid\n' "$(dirname "$(iotdb_system_dir "$1")")" "$1"
}

# The address to probe for a node's port: a wildcard bind address means this host.
iotdb_probe_address() {
  case "$1" in
    "" | 0.0.0.0 | "::" | "[::]") echo "127.0.0.1" ;;
    *) echo "$1" ;;
  esac
}

# ---------------------------------------------------------------------------
# Java
# ---------------------------------------------------------------------------

# Sets JAVA to a Java 17+ executable from JAVA_HOME, or from the PATH when JAVA_HOME is
# unset; exits with a clear message otherwise.
iotdb_find_java() {
  local java version major
  if [ -n "${JAVA_HOME:-}" ]; then
    java="$JAVA_HOME/bin/java"
    if [ ! -x "$java" ]; then
      iotdb_die "Java 17 or newer is required to run StrataDB, but JAVA_HOME ($JAVA_HOME) has no bin/java. Point JAVA_HOME at a Java 17+ installation, or unset it to use the java on the PATH."
    fi
  else
    java="$(command -v java 2>/dev/null)"
    if [ -z "$java" ]; then
      iotdb_die "Java 17 or newer is required to run StrataDB, but no java was found: set JAVA_HOME to a Java 17+ installation or put its bin directory on the PATH."
    fi
  fi
  version="$("$java" -version 2>&1 | awk -F'"' '/version "/ { print $2; exit }')"
  case "$version" in
    1.*) major="$(echo "$version" | cut -d. -f2)" ;;
    *) major="${version%%[!0-9]*}" ;;
  esac
  if [ -z "$major" ]; then
    iotdb_die "Java 17 or newer is required to run StrataDB, but $java did not report a version. Set JAVA_HOME to a Java 17+ installation."
  fi
  if [ "$major" -lt 17 ]; then
    iotdb_die "Java 17 or newer is required to run StrataDB, but $java is Java $version. Set JAVA_HOME to a Java 17+ installation."
  fi
  # shellcheck disable=SC2034 # read by the scripts that source this file
  JAVA="$java"
}

# ---------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------

# iotdb_pid_state PID MAIN_CLASS prints "running" when PID is a live process whose
# command line names MAIN_CLASS, "other" when PID is alive but another program (a pid
# file left behind, its number since reused), and "dead" otherwise. A zombie is dead.
iotdb_pid_state() {
  local pid="$1" class="$2" stat state args
  case "$pid" in
    "" | *[!0-9]*)
      echo dead
      return
      ;;
  esac
  if [ -r "/proc/$pid/stat" ]; then
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)"
    state="${stat##*) }"
    state="${state%% *}"
    args="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
  elif command -v ps >/dev/null 2>&1; then
    state="$(ps -o stat= -p "$pid" 2>/dev/null | tr -d ' ')"
    args="$(ps -o args= -p "$pid" 2>/dev/null)"
  else
    kill -0 "$pid" 2>/dev/null && state=R
    args="$class"
  fi
  case "$state" in
    "" | Z* | X*)
      echo dead
      return
      ;;
  esac
  case "$args" in
    *"$class"*) echo running ;;
    *) echo other ;;
  esac
}

# iotdb_pid_alive PID: true while PID is a live process (zombies are not).
iotdb_pid_alive() {
  [ "$(iotdb_pid_state "$1" "")" = "running" ]
}

# Reads the pid in pid file $1 (empty if the file is missing or malformed).
iotdb_read_pid() {
  [ -f "$1" ] || return 0
  tr -d ' \t\r\n' <"$1" 2>/dev/null
}

# ---------------------------------------------------------------------------
# Ports
# ---------------------------------------------------------------------------

# iotdb_port_in_use PORT: true if some TCP socket on this host listens on PORT.
iotdb_port_in_use() {
  local port="$1" hex files=() f
  for f in /proc/net/tcp /proc/net/tcp6; do
    [ -r "$f" ] && files+=("$f")
  done
  if [ "${#files[@]}" -gt 0 ]; then
    hex="$(printf '%04X' "$port")"
    awk -v p="$hex" 'FNR > 1 && $4 == "0A" { n = split($2, a, ":"); if (a[n] == p) { found = 1; exit } }
      END { exit !found }' "${files[@]}"
    return
  fi
  if command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$port" -sTCP:LISTEN -t >/dev/null 2>&1
    return
  fi
  iotdb_port_accepts 127.0.0.1 "$port"
}

# iotdb_port_accepts HOST PORT: true if a TCP connection to HOST:PORT succeeds.
iotdb_port_accepts() {
  # shellcheck disable=SC2016 # $0 and $1 expand in the inner shell
  if command -v timeout >/dev/null 2>&1; then
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
  fi
}

# Exits with a message naming each busy port of role $1 (key, value, the file it comes from),
# and each port given to two keys of the role.
iotdb_check_ports() {
  local role="$1" key default port busy=0
  local -A key_of_port=()
  while read -r key default; do
    port="$(iotdb_conf_get "$role" "$key" "$default")"
    case "$port" in
      "" | *[!0-9]*)
        iotdb_error "$key=$port (from $(iotdb_conf_origin "$role" "$key")) is not a port number"
        busy=1
        continue
        ;;
    esac
    [ "$port" -eq 0 ] && continue
    if [ -n "${key_of_port[$port]:-}" ]; then
      iotdb_error "port $port is set for both ${key_of_port[$port]} and $key; each needs its own port"
      busy=1
      continue
    fi
    key_of_port[$port]="$key"
    if iotdb_port_in_use "$port"; then
      iotdb_error "port $port ($key, from $(iotdb_conf_origin "$role" "$key")) is already in use by another process"
      busy=1
    fi
  done < <(iotdb_port_keys "$role")
  if [ "$busy" -ne 0 ]; then
    iotdb_die "cannot start the $(iotdb_role_name "$role"): free the port(s) above or set other ports in $IOTDB_CONF/iotdb-system.properties"
  fi
}

# iotdb_wait_for_port HOST PORT SECONDS PID: waits until HOST:PORT accepts connections.
# Returns 0 when it does, 1 if PID dies first, 2 after SECONDS.
iotdb_wait_for_port() {
  local host="$1" port="$2" deadline=$((SECONDS + $3)) pid="$4"
  while [ "$SECONDS" -lt "$deadline" ]; do
    iotdb_port_accepts "$host" "$port" && return 0
    if [ -n "$pid" ] && ! iotdb_pid_alive "$pid"; then
      return 1
    fi
    sleep 0.2
  done
  iotdb_port_accepts "$host" "$port" && return 0
  return 2
}

# ---------------------------------------------------------------------------
# Memory (used by conf/<role>-env.sh)
# ---------------------------------------------------------------------------

# Prints the memory this process may use in MB: the machine's, or a smaller container limit.
iotdb_system_memory_mb() {
  local mb="" limit
  case "$(uname)" in
    Linux)
      mb="$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo 2>/dev/null)"
      for limit in /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes; do
        if [ -r "$limit" ]; then
          limit="$(cat "$limit" 2>/dev/null)"
          case "$limit" in
            "" | max | *[!0-9]*) ;;
            *)
              limit=$((limit / 1024 / 1024))
              if [ "$limit" -gt 0 ] && { [ -z "$mb" ] || [ "$limit" -lt "$mb" ]; }; then
                mb="$limit"
              fi
              ;;
          esac
          break
        fi
      done
      ;;
    Darwin | FreeBSD)
      mb="$(($(sysctl -n hw.memsize 2>/dev/null || sysctl -n hw.physmem) / 1024 / 1024))"
      ;;
  esac
  printf '%s\n' "${mb:-2048}"
}

# iotdb_size_mb NAME VALUE: prints VALUE (like 512M, 2G, 2048) in MB; exits on a bad value.
iotdb_size_mb() {
  local number="${2%[gGmM]}"
  case "$number" in
    "" | *[!0-9]*) iotdb_die "$1=$2 is not a size: use whole megabytes or gigabytes such as 2048M or 2G" ;;
  esac
  case "$2" in
    *[gG]) echo $((number * 1024)) ;;
    *) echo "$number" ;;
  esac
}

# ---------------------------------------------------------------------------
# Version
# ---------------------------------------------------------------------------

iotdb_version() {
  local jar
  for jar in "$IOTDB_HOME"/lib/stratadb-commons-*.jar; do
    [ -f "$jar" ] || continue
    jar="$(basename "$jar" .jar)"
    echo "${jar#stratadb-commons-}"
    return
  done
  echo "unknown"
}
