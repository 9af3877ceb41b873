#!/usr/bin/env bash
# slurm-up.sh: a one-node Slurm on localhost for the tests of `parsl-lint --sbatch-test` and
# `parsl-lint cluster-profile`, from Debian's slurm-wlm and munge (run as root).
#
# Adapted from the project's shared oracle script. It is kept apart from any other Slurm on the
# machine: its own slurm.conf in $PARSL_LINT_SLURM_DIR (clients find it through SLURM_CONF), its
# own ports, state and PID files. Daemons it starts are recorded under $DIR/run/ so that
# slurm-down.sh stops exactly those, by PID. A munged already answering is reused and left alone.
#
# The node is declared bigger than this machine (SlurmdParameters=config_overrides) so that the
# seed's example (12 CPUs, 96 GB, 24 h) fits: 16 CPUs, 128 GiB. Partitions: `debug` (default,
# MaxTime 1 day), `short` (MaxTime 1 hour, MaxNodes 1). EnforcePartLimits=ALL makes sbatch
# --test-only refuse a time over MaxTime, as a site that enforces limits does at submission.
#
# Exit codes: 0 up; 3 Slurm cannot be had here (not root and not installed, or apt-get failed);
# 1 anything else. Prints `export SLURM_CONF=...` on stdout, the log on stderr.
set -euo pipefail

DIR=${PARSL_LINT_SLURM_DIR:-/tmp/parsl-lint-slurm}
CONF=$DIR/slurm.conf
NODE=localhost
WAIT_S=${SLURM_WAIT_S:-60}

log() { printf '[slurm-up] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
unavailable() { log "UNAVAILABLE: $*"; exit 3; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# ---------------------------------------------------------------- packages
need=()
for pkg in munge slurmctld slurmd slurm-client; do installed "$pkg" || need+=("$pkg"); done
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || unavailable "not root, and ${need[*]} not installed"
  command -v apt-get >/dev/null || unavailable "no apt-get to install ${need[*]}"
  log "installing: ${need[*]}"
  # policy-rc.d keeps the packages' maintainer scripts from starting services.
  made_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d
    made_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt_log=${TMPDIR:-/tmp}/parsl-lint-slurm-apt.log
  if ! apt-get install -y --no-install-recommends "${need[@]}" >"$apt_log" 2>&1; then
    log "apt-get install failed; running apt-get update and retrying"
    { apt-get update && apt-get install -y --no-install-recommends "${need[@]}"; } >>"$apt_log" 2>&1 \
      || unavailable "apt-get could not install ${need[*]} (see $apt_log)"
  fi
  if [ "$made_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
fi
[ "$(id -u)" = 0 ] || unavailable "the daemons must be started as root"

mkdir -p "$DIR"/{run,log,state,spool}
chmod 755 "$DIR"

# pid_alive FILE COMM: FILE holds the PID of a live process named COMM.
pid_alive() {
  local f=$1 comm=$2 pid
  [ -s "$f" ] || return 1
  pid=$(tr -dc '0-9' < "$f")
  [ -n "$pid" ] && [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" = "$comm" ]
}

# ---------------------------------------------------------------- slurm.conf
cat > "$CONF.new" <<EOF
# parsl-lint test cluster (test/support/slurm/slurm-up.sh); safe to delete
ClusterName=parsl-lint-test
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MailProg=/bin/true
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SlurmdParameters=config_overrides
EnforcePartLimits=ALL
ReturnToService=2
SlurmctldPort=6837
SlurmdPort=6838
StateSaveLocation=$DIR/state
SlurmdSpoolDir=$DIR/spool
SlurmctldPidFile=$DIR/run/slurmctld.pid
SlurmdPidFile=$DIR/run/slurmd.pid
SlurmctldLogFile=$DIR/log/slurmctld.log
SlurmdLogFile=$DIR/log/slurmd.log
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
MinJobAge=300
KillWait=5
Waittime=0

NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE CPUs=16 RealMemory=131072 State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=1-00:00:00 State=UP
PartitionName=short Nodes=$NODE Default=NO MaxTime=01:00:00 MaxNodes=1 State=UP
EOF
if cmp -s "$CONF.new" "$CONF"; then rm -f "$CONF.new"; else mv "$CONF.new" "$CONF"; restart=1; fi
export SLURM_CONF=$CONF

# A changed config takes effect only after a restart of the daemons this script started.
if [ "${restart:-0}" = 1 ]; then
  for d in slurmd slurmctld; do
    if pid_alive "$DIR/run/$d.pid" "$d"; then
      pid=$(tr -dc '0-9' < "$DIR/run/$d.pid"); kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do [ -d "/proc/$pid" ] || break; sleep 0.2; done
      rm -f "$DIR/run/$d.pid"
    fi
  done
fi

# ---------------------------------------------------------------- munge
if munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  log "munged already running (reused, not ours to stop)"
else
  [ -s /etc/munge/munge.key ] || {
    log "creating /etc/munge/munge.key"
    mkdir -p /etc/munge
    dd if=/dev/urandom of=/etc/munge/munge.key bs=1 count=1024 status=none
  }
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge 2>/dev/null || true
  chmod 0700 /etc/munge; chmod 0400 /etc/munge/munge.key
  mkdir -p /run/munge; chown munge:munge /run/munge; chmod 0755 /run/munge
  log "starting munged"
  runuser -u munge -- /usr/sbin/munged --pid-file=/run/munge/munged.pid --log-file=/var/log/munge/munged.log
  for _ in $(seq 50); do munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.1; done
  munge -n </dev/null | unmunge >/dev/null || die "munged did not come up (see /var/log/munge/munged.log)"
  cp /run/munge/munged.pid "$DIR/run/munged.pid"
fi

# ---------------------------------------------------------------- slurmctld / slurmd
if pid_alive "$DIR/run/slurmctld.pid" slurmctld; then
  log "slurmctld already running"
else
  rm -f "$DIR/run/slurmctld.pid"
  log "starting slurmctld"
  /usr/sbin/slurmctld -f "$CONF" -c -i   # daemonizes; -c: cold start
fi
if pid_alive "$DIR/run/slurmd.pid" slurmd; then
  log "slurmd already running"
else
  rm -f "$DIR/run/slurmd.pid"
  log "starting slurmd"
  /usr/sbin/slurmd -f "$CONF" -N "$NODE"
fi

state=""
for _ in $(seq $((WAIT_S * 2))); do
  state=$(sinfo -h -N -n "$NODE" -o '%T' 2>/dev/null | head -1 || true)
  case "$state" in idle|mixed|allocated) break ;; esac
  sleep 0.5
done
case "$state" in
  idle|mixed|allocated) ;;
  *) tail -n 20 "$DIR/log/slurmctld.log" "$DIR/log/slurmd.log" >&2 || true
     die "node state is '${state:-unknown}' after ${WAIT_S}s" ;;
esac
log "up; SLURM_CONF=$CONF"
echo "export SLURM_CONF=$CONF"
