#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Stops the DataNode, then the ConfigNode of this installation, each through its pid
# file. Options (-f, -t seconds) are those of stop-datanode.sh; -h prints them.
# Exit codes: 0 stopped, 1 nothing was running, 2 bad usage, 3 a node did not stop in time.

SBIN_DIR="$(dirname "${BASH_SOURCE[0]}")"

for arg in "$@"; do
  case "$arg" in
    -h | --help)
      echo "Usage: $(basename "$0") [-f] [-t seconds] [-h]"
      echo "Stops the DataNode, then the ConfigNode (-f kills them at once; -t is the wait for each)."
      exit 0
      ;;
    -c | -p)
      echo "Error: $arg is not an option of $(basename "$0"); use stop-datanode.sh and stop-confignode.sh" >&2
      exit 2
      ;;
  esac
done

bash "$SBIN_DIR/stop-datanode.sh" "$@"
dn=$?
if [ "$dn" -ge 2 ]; then
  echo "Error: the DataNode did not stop, so the ConfigNode is left running" >&2
  exit "$dn"
fi
bash "$SBIN_DIR/stop-confignode.sh" "$@"
cn=$?
if [ "$cn" -ge 2 ]; then
  exit "$cn"
fi
if [ "$dn" -eq 1 ] && [ "$cn" -eq 1 ]; then
  exit 1
fi
exit 0
