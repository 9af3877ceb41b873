#!/usr/bin/env bash
# slurm-down.sh: stop the daemons test/support/slurm/slurm-up.sh started, by the PIDs it recorded
# in $PARSL_LINT_SLURM_DIR/run/. Never by name: each PID is checked against the expected command
# (/proc/PID/comm) first, so a stale PID file cannot hit another process. A munged that
# slurm-up.sh found running is not recorded and is left alone.
set -uo pipefail

DIR=${PARSL_LINT_SLURM_DIR:-/tmp/parsl-lint-slurm}
log() { printf '[slurm-down] %s\n' "$*" >&2; }

stop() {  # stop NAME PIDFILE
  local name=$1 f=$2 pid
  [ -s "$f" ] || return 0
  pid=$(tr -dc '0-9' < "$f")
  if [ -z "$pid" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != "$name" ]; then
    rm -f "$f"; return 0
  fi
  log "$name: SIGTERM to pid $pid"
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 100); do [ -d "/proc/$pid" ] || break; sleep 0.1; done
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]; then
    log "$name: still alive after 10 s, SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

stop slurmd    "$DIR/run/slurmd.pid"
stop slurmctld "$DIR/run/slurmctld.pid"
stop munged    "$DIR/run/munged.pid"
# Its config, state and logs were made by slurm-up.sh for this cluster alone.
rm -rf "$DIR"
exit 0
