#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Deletes all data and logs of the DataNode and the ConfigNode of this installation,
# killing them first if they run. Asks for confirmation unless run with -f.

SBIN_DIR="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=iotdb-common.sh
. "$SBIN_DIR/iotdb-common.sh"
iotdb_init_dirs

force=""
for arg in "$@"; do
  case "$arg" in
    -f) force=yes ;;
    -h | --help)
      echo "Usage: $(basename "$0") [-f] [-h]"
      echo "Deletes all data and logs of the DataNode and the ConfigNode of $IOTDB_HOME (-f: without asking)."
      exit 0
      ;;
    *)
      iotdb_error "unknown argument \"$arg\""
      exit 2
      ;;
  esac
done

if [ -z "$force" ]; then
  read -r -p "Delete all data and logs of the StrataDB nodes of $IOTDB_HOME? y/n (default n): " answer || answer=""
  case "$answer" in
    y | Y | yes | YES) ;;
    *)
      echo "Nothing deleted."
      exit 1
      ;;
  esac
fi
bash "$SBIN_DIR/destroy-datanode.sh" -f || exit 1
bash "$SBIN_DIR/destroy-confignode.sh" -f || exit 1
