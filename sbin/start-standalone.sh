#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Starts StrataDB as one ConfigNode and one DataNode (1C1D) of this installation, both
# in the background: the ConfigNode first, then, once its internal port accepts
# connections, the DataNode; returns when the DataNode's client port accepts connections.

SBIN_DIR="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=iotdb-common.sh
. "$SBIN_DIR/iotdb-common.sh"

usage() {
  cat <<USAGE
Usage: $(basename "$0") [-t seconds] [-h]

Starts a ConfigNode and a DataNode of $IOTDB_HOME in the background and waits until
both serve. A node of this installation that already runs is kept.

  -t seconds   how long to wait for each node (default \$IOTDB_START_TIMEOUT, else 60)
  -h           print this help and exit
USAGE
}

iotdb_init_dirs
wait_seconds="${IOTDB_START_TIMEOUT:-60}"
while [ $# -gt 0 ]; do
  case "$1" in
    -h | --help)
      usage
      exit 0
      ;;
    -t)
      [ $# -ge 2 ] || { iotdb_error "option -t needs a value"; exit 2; }
      wait_seconds="$2"
      shift 2
      ;;
    *)
      iotdb_error "unknown argument \"$1\""
      usage >&2
      exit 2
      ;;
  esac
done
case "$wait_seconds" in
  "" | *[!0-9]*)
    iotdb_error "the wait must be a whole number of seconds, not \"$wait_seconds\""
    exit 2
    ;;
esac
iotdb_check_conf_dir

# start_and_wait ROLE ADDRESS_KEY PORT_KEY DEFAULT_PORT: starts the node unless it runs,
# then waits for its port.
start_and_wait() {
  local role="$1" name pid_file pid host port
  name="$(iotdb_role_name "$role")"
  pid_file="$(iotdb_default_pid_file "$role")"
  pid="$(iotdb_read_pid "$pid_file")"
  if [ -f "$pid_file" ] && [ "$(iotdb_pid_state "$pid" "$(iotdb_main_class "$role")")" = running ]; then
    echo "The $name of this installation is already running (pid $pid)"
  else
    bash "$SBIN_DIR/start-$role.sh" -d || exit 1
    pid="$(iotdb_read_pid "$pid_file")"
  fi
  host="$(iotdb_probe_address "$(iotdb_conf_get "$role" "$2" 127.0.0.1)")"
  port="$(iotdb_conf_get "$role" "$3" "$4")"
  echo "Waiting up to $wait_seconds s for the $name to accept connections on $host:$port ($3)"
  iotdb_wait_for_port "$host" "$port" "$wait_seconds" "$pid"
  case $? in
    0) return 0 ;;
    1)
      rm -f "$pid_file"
      iotdb_error "the $name (pid $pid) exited during startup; see $IOTDB_LOG_DIR/log_${role}_all.log. Its error output ends with:"
      tail -n 20 "$IOTDB_LOG_DIR/$role-stderr.log" >&2 2>/dev/null
      ;;
    *)
      iotdb_error "the $name (pid $pid) does not accept connections on $host:$port after $wait_seconds s; see $IOTDB_LOG_DIR/log_${role}_all.log. It is left running: stop it with sbin/stop-standalone.sh"
      ;;
  esac
  exit 1
}

# running ROLE: true if the pid file of ROLE names a running node of that role.
running() {
  local pid_file
  pid_file="$(iotdb_default_pid_file "$1")"
  [ -f "$pid_file" ] &&
    [ "$(iotdb_pid_state "$(iotdb_read_pid "$pid_file")" "$(iotdb_main_class "$1")")" = running ]
}

if running confignode && running datanode; then
  iotdb_error "StrataDB standalone of $IOTDB_HOME is already running (ConfigNode pid $(iotdb_read_pid "$(iotdb_default_pid_file confignode)"), DataNode pid $(iotdb_read_pid "$(iotdb_default_pid_file datanode)")); stop it with sbin/stop-standalone.sh"
  exit 1
fi
start_and_wait confignode cn_internal_address cn_internal_port 10710
start_and_wait datanode dn_rpc_address dn_rpc_port 6667
rpc_host="$(iotdb_probe_address "$(iotdb_conf_get datanode dn_rpc_address 127.0.0.1)")"
rpc_port="$(iotdb_conf_get datanode dn_rpc_port 6667)"
echo "StrataDB standalone is up. Connect with: sbin/start-cli.sh -h $rpc_host -p $rpc_port -u root -pw root"
