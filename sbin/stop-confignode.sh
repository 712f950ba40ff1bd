#!/usr/bin/env bash
#
# Licensed under the Apache License, Version 2.0 (the "License"); you may not use
# this file except in compliance with the License. You may obtain a copy of the
# License at http://www.apache.org/licenses/LICENSE-2.0
#
# Stops the ConfigNode of this installation through its pid file; -h for the options.

SBIN_DIR="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=iotdb-common.sh
. "$SBIN_DIR/iotdb-common.sh"
# shellcheck source=iotdb-node.sh
. "$SBIN_DIR/iotdb-node.sh"

iotdb_stop_node confignode "$@"
