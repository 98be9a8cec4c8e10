# Helpers shared by the bench scripts; source it after setting HERE (this folder) and JAR.
# other_load_start, other_load and wait_quiet also need TMP (the script's temp dir).

# Stops with what to install when one of the given commands is missing.
#   require_tools "apt-get install wrk curl python3" wrk curl python3
require_tools() {
  local hint=$1 missing=() tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}; install them first, e.g.: $hint" >&2
    exit 1
  fi
}

# Stops when there is no jar at $JAR.
require_jar() {
  if [ ! -f "$JAR" ]; then
    echo "no jar at $JAR: build it with 'mvn -q package -DskipTests', or set BLOG_JAR" >&2
    exit 1
  fi
}

# Polls URL until it answers 200; fails, saying why, if process PID dies or LIMIT (600) seconds pass.
wait_for() {
  local url=$1 pid=$2 limit=${3:-600} start=$SECONDS
  until curl -s -f -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died before $url answered; see its log" >&2; return 1; }
    [ $((SECONDS - start)) -lt "$limit" ] || { echo "$url not up after $limit s" >&2; return 1; }
    sleep 0.1
  done
}

# Prints a TCP port that is free on 127.0.0.1 now.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Share of the machine used by anything else (other processes, and steal by the hypervisor) since
# other_load_start, in percent: see other_load.py.
export BENCH_ROOT_PID=$$
other_load_start() { python3 "$HERE/other_load.py" "$TMP/other-load.json" snapshot; }
other_load() { python3 "$HERE/other_load.py" "$TMP/other-load.json"; }

# Waits until other work uses at most 10 % of the machine, or QUIET_WAIT seconds pass.
wait_quiet() {
  local start=$SECONDS load
  while true; do
    other_load_start
    sleep 2
    load=$(other_load)
    [ "$load" -gt 10 ] || return 0
    if [ $((SECONDS - start)) -ge "${QUIET_WAIT:-120}" ]; then
      echo "  (other work still uses ${load} % of the machine after ${QUIET_WAIT:-120} s; going on)"
      return 0
    fi
    echo "  (other work uses ${load} % of the machine; waiting for it to calm down)"
    sleep 8
  done
}
