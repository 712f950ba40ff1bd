#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Start, stop and destroy of one node (ConfigNode or DataNode), shared by the
# start-*, stop-* and destroy-* scripts. Sourced after iotdb-common.sh, never run directly.

# ---------------------------------------------------------------------------
# start
# ---------------------------------------------------------------------------

iotdb_start_usage() {
  local role="$1"
  cat <<EOF
Usage: $(basename "$0") [-d] [-f] [-c conf_dir] [-p pid_file] [-H heap_dump_path] [-E jvm_error_file]
       [-D name=value] [-X jvm_option] [-g] [-v] [-h] [-- node arguments]

Starts a StrataDB $(iotdb_role_name "$role") of the installation $IOTDB_HOME.

  -d               run in the background: output goes to the log directory and the
                   script returns once the node process runs
  -f               run in the foreground (the default)
  -c conf_dir      configuration directory (default \$IOTDB_CONF, else <home>/conf)
  -p pid_file      pid file (default: $role.pid beside the node's system directory,
                   <home>/data/$role/$role.pid with the shipped configuration)
  -H path          write a heap dump to path on OutOfMemoryError
  -E file          write the JVM's fatal error log to file
                   (default <log dir>/hs_err_${role}_pid<pid>.log)
  -D name=value    set a Java system property; -D IOTDB_CONF=dir and -D IOTDB_LOG_DIR=dir
                   set those locations
  -X option        add the JVM option -XX:option
  -g, printgc      write GC logs to <log dir>/gc-$role.log
  -v               print the version and exit
  -h               print this help and exit

Memory and JVM options come from conf/$role-env.sh. The node's ports are checked
before it starts; a busy port or a second start of the same node is refused.
EOF
}

# iotdb_start_node ROLE ARGS...: the whole of start-confignode.sh / start-datanode.sh.
iotdb_start_node() {
  local role="$1"
  shift
  local name class foreground=yes pid_file="" heap_dump="" error_file="" print_gc=""
  local show_version="" extra_opts=() node_args=()
  name="$(iotdb_role_name "$role")"
  class="$(iotdb_main_class "$role")"
  iotdb_init_dirs
  while [ $# -gt 0 ]; do
    case "$1" in
      -d) foreground="" && shift ;;
      -f) foreground=yes && shift ;;
      -g | printgc) print_gc=yes && shift ;;
      -v) show_version=yes && shift ;;
      -h | --help)
        iotdb_start_usage "$role"
        exit 0
        ;;
      -c | -p | -H | -E | -D | -X)
        if [ $# -lt 2 ]; then
          iotdb_error "option $1 needs a value"
          iotdb_start_usage "$role" >&2
          exit 2
        fi
        case "$1" in
          -c) IOTDB_CONF="$2" ;;
          -p) pid_file="$2" ;;
          -H) heap_dump="$2" ;;
          -E) error_file="$2" ;;
          -X) extra_opts+=("-XX:$2") ;;
          -D)
            case "$2" in
              IOTDB_CONF=*) IOTDB_CONF="${2#IOTDB_CONF=}" ;;
              IOTDB_LOG_DIR=*) IOTDB_LOG_DIR="${2#IOTDB_LOG_DIR=}" ;;
              *) extra_opts+=("-D$2") ;;
            esac
            ;;
        esac
        shift 2
        ;;
      --)
        shift
        node_args=("$@")
        break
        ;;
      *)
        iotdb_error "unknown argument \"$1\""
        iotdb_start_usage "$role" >&2
        exit 2
        ;;
    esac
  done
  iotdb_init_dirs
  if [ -n "$show_version" ]; then
    echo "StrataDB $name $(iotdb_version)"
    exit 0
  fi
  iotdb_check_conf_dir
  pid_file="$(iotdb_absolute "${pid_file:-$(iotdb_default_pid_file "$role")}")"

  iotdb_refuse_if_running "$role" "$pid_file"
  iotdb_find_java
  iotdb_check_ports "$role"
  iotdb_source_env "$role"

  local jvm_opts=() logback
  read -r -a jvm_opts <<<"${IOTDB_JMX_OPTS:-} ${IOTDB_JVM_OPTS:-}"
  extra_opts+=("-XX:ErrorFile=${error_file:-$IOTDB_LOG_DIR/hs_err_${role}_pid%p.log}")
  if [ -n "$heap_dump" ]; then
    extra_opts+=(-XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$heap_dump")
  fi
  if [ -n "$print_gc" ]; then
    extra_opts+=("-Xlog:gc*=info,safepoint=info:file=$IOTDB_LOG_DIR/gc-$role.log:time,uptime,pid,tid,level:filecount=10,filesize=10M")
  fi
  logback="$IOTDB_CONF/logback-$role.xml"
  [ -f "$logback" ] || logback="$IOTDB_HOME/conf/logback-$role.xml"
  if [ -f "$logback" ]; then
    extra_opts+=("-Dlogback.configurationFile=$logback")
  else
    echo "Warning: logback-$role.xml not found in $IOTDB_CONF; logging falls back to the console" >&2
  fi
  if ! compgen -G "$IOTDB_HOME/lib/*.jar" >/dev/null; then
    iotdb_die "$IOTDB_HOME/lib holds no jar: this is not a built StrataDB distribution (build one with ./mvnw package)"
  fi

  local cmd=("$JAVA" "${jvm_opts[@]}" "${extra_opts[@]}" -cp "$IOTDB_HOME/lib/*"
    "-DIOTDB_HOME=$IOTDB_HOME" "-DIOTDB_CONF=$IOTDB_CONF" "-DIOTDB_LOG_DIR=$IOTDB_LOG_DIR"
    "$class" "${node_args[@]}")
  mkdir -p "$IOTDB_LOG_DIR" "$(dirname "$pid_file")" || iotdb_die "cannot create $IOTDB_LOG_DIR or the directory of $pid_file"

  if [ -n "$foreground" ]; then
    echo "Starting the $name in the foreground (pid $$, conf $IOTDB_CONF, logs $IOTDB_LOG_DIR)"
    printf '%s\n' "$$" >"$pid_file"
    exec "${cmd[@]}"
  fi
  iotdb_launch_background "$role" "$pid_file" "${cmd[@]}"
}

# Refuses to start when the pid file names a running node; removes a stale pid file.
iotdb_refuse_if_running() {
  local role="$1" pid_file="$2" pid name
  name="$(iotdb_role_name "$role")"
  pid="$(iotdb_read_pid "$pid_file")"
  [ -f "$pid_file" ] || return 0
  case "$(iotdb_pid_state "$pid" "$(iotdb_main_class "$role")")" in
    running)
      iotdb_die "a $name of this installation is already running (pid $pid, pid file $pid_file); stop it first with sbin/stop-$role.sh"
      ;;
    *)
      echo "Removing the stale pid file $pid_file (pid ${pid:-?} is not a running $name)"
      rm -f "$pid_file"
      ;;
  esac
}

# Sources conf/<role>-env.sh, which sets IOTDB_JMX_OPTS (memory and JVM options).
iotdb_source_env() {
  local env_file="$IOTDB_CONF/$1-env.sh"
  [ -f "$env_file" ] || env_file="$IOTDB_HOME/conf/$1-env.sh"
  if [ -f "$env_file" ]; then
    # shellcheck source=/dev/null
    . "$env_file"
  else
    echo "Warning: $1-env.sh not found in $IOTDB_CONF; the JVM picks its own memory sizes" >&2
  fi
}

# iotdb_launch_background ROLE PID_FILE COMMAND...: starts COMMAND detached, writes the
# pid file, and fails (with the node's error output) if the process ends within a second.
iotdb_launch_background() {
  local role="$1" pid_file="$2" name pid err_file i code
  shift 2
  name="$(iotdb_role_name "$role")"
  err_file="$IOTDB_LOG_DIR/$role-stderr.log"
  nohup "$@" >/dev/null 2>"$err_file" </dev/null &
  pid=$!
  printf '%s\n' "$pid" >"$pid_file"
  for i in 1 2 3 4 5 6 7 8 9 10; do
    if ! iotdb_pid_alive "$pid"; then
      wait "$pid"
      code=$?
      rm -f "$pid_file"
      iotdb_error "the $name exited during startup (exit code $code); its error output ($err_file) ends with:"
      tail -n 20 "$err_file" >&2
      exit 1
    fi
    [ "$i" -lt 10 ] && sleep 0.1
  done
  echo "$name started in the background (pid $pid, pid file $pid_file)."
  echo "Logs: $IOTDB_LOG_DIR/log_${role}_all.log; stop it with sbin/stop-$role.sh"
}

# ---------------------------------------------------------------------------
# stop
# ---------------------------------------------------------------------------

iotdb_stop_usage() {
  local role="$1"
  cat <<EOF
Usage: $(basename "$0") [-f] [-t seconds] [-c conf_dir] [-p pid_file] [-h]

Stops the StrataDB $(iotdb_role_name "$role") of the installation $IOTDB_HOME, found
through its pid file; no other process is ever signalled.

  -f               force: kill the node at once (SIGKILL) instead of a graceful stop
  -t seconds       how long to wait for a graceful stop (default \$IOTDB_STOP_TIMEOUT, else 60)
  -c conf_dir      configuration directory the node was started with
  -p pid_file      pid file the node was started with
  -h               print this help and exit

Exit codes: 0 stopped, 1 no such node running, 2 bad usage, 3 still running after the wait.
EOF
}

# iotdb_stop_node ROLE ARGS...: the whole of stop-confignode.sh / stop-datanode.sh.
iotdb_stop_node() {
  local role="$1"
  shift
  local force="" timeout="${IOTDB_STOP_TIMEOUT:-60}" pid_file=""
  iotdb_init_dirs
  while [ $# -gt 0 ]; do
    case "$1" in
      -f) force=yes && shift ;;
      -h | --help)
        iotdb_stop_usage "$role"
        exit 0
        ;;
      -t | -c | -p)
        if [ $# -lt 2 ]; then
          iotdb_error "option $1 needs a value"
          exit 2
        fi
        case "$1" in
          -t) timeout="$2" ;;
          -c) IOTDB_CONF="$2" ;;
          -p) pid_file="$2" ;;
        esac
        shift 2
        ;;
      *)
        iotdb_error "unknown argument \"$1\""
        iotdb_stop_usage "$role" >&2
        exit 2
        ;;
    esac
  done
  case "$timeout" in
    "" | *[!0-9]*)
      iotdb_error "the timeout must be a whole number of seconds, not \"$timeout\""
      exit 2
      ;;
  esac
  iotdb_init_dirs
  pid_file="$(iotdb_absolute "${pid_file:-$(iotdb_default_pid_file "$role")}")"
  iotdb_stop_pid_file "$role" "$pid_file" "$force" "$timeout"
}

# iotdb_stop_pid_file ROLE PID_FILE FORCE TIMEOUT: stops the node named by PID_FILE.
# Returns 0 stopped, 1 nothing to stop, 3 still running after TIMEOUT seconds.
iotdb_stop_pid_file() {
  local role="$1" pid_file="$2" force="$3" timeout="$4" name pid state deadline
  name="$(iotdb_role_name "$role")"
  if [ ! -f "$pid_file" ]; then
    echo "No $name to stop: there is no pid file $pid_file (nodes started by sbin/start-$role.sh of $IOTDB_HOME write one)"
    return 1
  fi
  pid="$(iotdb_read_pid "$pid_file")"
  state="$(iotdb_pid_state "$pid" "$(iotdb_main_class "$role")")"
  case "$state" in
    dead)
      rm -f "$pid_file"
      echo "No $name to stop: pid ${pid:-?} in $pid_file is not running (removed the stale pid file)"
      return 1
      ;;
    other)
      rm -f "$pid_file"
      echo "No $name to stop: pid $pid in $pid_file now belongs to another program, which is left alone (removed the stale pid file)"
      return 1
      ;;
  esac
  if [ -n "$force" ]; then
    kill -KILL "$pid" 2>/dev/null
    echo "Killing the $name (pid $pid) with SIGKILL"
    timeout=10
  else
    if ! kill -TERM "$pid" 2>/dev/null; then
      iotdb_error "cannot signal the $name (pid $pid): permission denied? It was started by another user"
      return 1
    fi
    echo "Stopping the $name (pid $pid); waiting up to $timeout s for it to finish its work"
  fi
  deadline=$((SECONDS + timeout))
  while iotdb_pid_alive "$pid"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      iotdb_error "the $name (pid $pid) is still running after $timeout s; wait longer (-t) or kill it with $(basename "$0") -f"
      return 3
    fi
    sleep 0.2
  done
  [ "$(iotdb_read_pid "$pid_file")" = "$pid" ] && rm -f "$pid_file"
  echo "$name (pid $pid) stopped"
  return 0
}

# ---------------------------------------------------------------------------
# destroy
# ---------------------------------------------------------------------------

iotdb_destroy_usage() {
  local role="$1"
  cat <<EOF
Usage: $(basename "$0") [-f] [-c conf_dir] [-p pid_file] [-h]

Deletes every file of the StrataDB $(iotdb_role_name "$role") of the installation
$IOTDB_HOME: its system, consensus, data and WAL directories (as configured) and its
logs, after killing the node if it runs. Asks for confirmation first.

  -f               do not ask for confirmation
  -c conf_dir      configuration directory the node was started with
  -p pid_file      pid file the node was started with
  -h               print this help and exit
EOF
}

# Prints the absolute directories of a role that destroy deletes, one a line.
iotdb_role_dirs() {
  local role="$1" key default value dir
  while read -r key default; do
    value="$(iotdb_conf_get "$role" "$key" "$default")"
    while IFS= read -r dir; do
      dir="$(echo "$dir" | sed 's/^[[:space:]]*//;s/[[:space:]]*$//')"
      [ -n "$dir" ] && iotdb_home_path "$dir"
    done < <(printf '%s\n' "$value" | awk -F'[,;]' '{ for (i = 1; i <= NF; i++) print $i }')
  done < <(iotdb_dir_keys "$role")
}

# Deletes path $1 unless it is the file system root, a home directory or holds the
# installation itself.
iotdb_safe_remove() {
  local path="$1" real home
  [ -e "$path" ] || [ -L "$path" ] || return 0
  real="$(cd "$path" 2>/dev/null && pwd -P)" || real="$path"
  home="$(cd "$IOTDB_HOME" && pwd -P)"
  case "$real" in
    / | "$home" | "${HOME:-/}" | "$(cd "$IOTDB_CONF" 2>/dev/null && pwd -P)")
      iotdb_error "refusing to delete $path: it is not a node directory"
      return 1
      ;;
  esac
  case "$home/" in
    "$real"/*)
      iotdb_error "refusing to delete $path: it holds the installation $home"
      return 1
      ;;
  esac
  rm -rf -- "$path" && echo "Deleted $path"
}

# iotdb_destroy_node ROLE ARGS...: the whole of destroy-confignode.sh / destroy-datanode.sh.
iotdb_destroy_node() {
  local role="$1"
  shift
  local force="" pid_file="" name answer dir file failed=0
  name="$(iotdb_role_name "$role")"
  iotdb_init_dirs
  while [ $# -gt 0 ]; do
    case "$1" in
      -f) force=yes && shift ;;
      -h | --help)
        iotdb_destroy_usage "$role"
        exit 0
        ;;
      -c | -p)
        if [ $# -lt 2 ]; then
          iotdb_error "option $1 needs a value"
          exit 2
        fi
        if [ "$1" = "-c" ]; then IOTDB_CONF="$2"; else pid_file="$2"; fi
        shift 2
        ;;
      *)
        iotdb_error "unknown argument \"$1\""
        iotdb_destroy_usage "$role" >&2
        exit 2
        ;;
    esac
  done
  iotdb_init_dirs
  pid_file="$(iotdb_absolute "${pid_file:-$(iotdb_default_pid_file "$role")}")"
  local dirs=()
  mapfile -t dirs < <(iotdb_role_dirs "$role")
  if [ -z "$force" ]; then
    echo "This deletes all data of the $name of $IOTDB_HOME:"
    printf '  %s\n' "${dirs[@]}" "$IOTDB_LOG_DIR/*$role*"
    read -r -p "Delete the $name's data? y/n (default n): " answer || answer=""
    case "$answer" in
      y | Y | yes | YES) ;;
      *)
        echo "Nothing deleted."
        exit 1
        ;;
    esac
  fi
  local stop_output stop_code
  stop_output="$(iotdb_stop_pid_file "$role" "$pid_file" yes 10 2>&1)"
  stop_code=$?
  case "$stop_code" in
    0) printf '%s\n' "$stop_output" ;;
    3) iotdb_die "the $name (pid $(iotdb_read_pid "$pid_file")) did not die; nothing deleted" ;;
  esac
  rm -f "$pid_file"
  for dir in "${dirs[@]}"; do
    iotdb_safe_remove "$dir" || failed=1
  done
  shopt -s nullglob
  for file in "$IOTDB_LOG_DIR"/log_"${role}"_* "$IOTDB_LOG_DIR"/log-"${role}"-* \
    "$IOTDB_LOG_DIR/$role-stderr.log" "$IOTDB_LOG_DIR"/gc-"$role".log* \
    "$IOTDB_LOG_DIR"/hs_err_"${role}"_*; do
    rm -f -- "$file"
  done
  shopt -u nullglob
  rmdir "$(dirname "$pid_file")" "$IOTDB_HOME/data" "$IOTDB_LOG_DIR" 2>/dev/null
  if [ "$failed" -ne 0 ]; then
    iotdb_die "some directories of the $name were not deleted (see above)"
  fi
  echo "$name data deleted."
}
