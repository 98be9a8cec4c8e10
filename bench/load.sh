#!/usr/bin/env bash
# Load and slow clients: 1,000 concurrent connections for 60 s against a mix of pages, while
# 200 "slowloris" connections dribble one header byte every few seconds. Passes when wrk sees no
# socket errors and no non-2xx answers, the server's resident memory stays bounded, and the
# slow connections are closed by the server's timeouts instead of starving the others.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`):
#   bench/load.sh                 # 100 generated posts
#   bench/load.sh /tmp/corpus/c1000
# Environment: BLOG_JAR (target/blog.jar), CONNECTIONS (1000), DURATION (60, seconds), SLOW (200).
# Needs wrk, python3, curl, java (apt-get install wrk); installs nothing.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
CONNECTIONS=${CONNECTIONS:-1000}
DURATION=${DURATION:-60}
SLOW=${SLOW:-200}
for tool in wrk python3 curl java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (apt-get install wrk curl python3)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "no jar at $JAR: run 'mvn -q package -DskipTests'" >&2; exit 1; }

TMP=$(mktemp -d /tmp/bench-load.XXXXXX)
BLOG_PID=""; SLOW_PID=""
cleanup() { set +e; for p in $SLOW_PID $BLOG_PID; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; rm -rf "$TMP"; }
trap cleanup EXIT

if [ -d "${1:-}" ]; then CORPUS=$1; else CORPUS=$TMP/corpus; python3 "$REPO/../shared/tools/gen_corpus.py" "${1:-100}" "$CORPUS" --images >/dev/null; fi
PORT=$(free_port)
ulimit -n 65536 2>/dev/null || true
BLOG_POSTS_DIR=$CORPUS BLOG_PUBLIC_DIR=$CORPUS PORT=$PORT java -Xmx256m -jar "$JAR" >"$TMP/blog.out" 2>"$TMP/blog.err" &
BLOG_PID=$!
wait_for "http://127.0.0.1:$PORT/healthz" "$BLOG_PID"
BASE=http://127.0.0.1:$PORT

# A mix of pages: home, list pages, posts, tags, categories, feeds (taken from the sitemap).
curl -fs "$BASE/sitemap.xml" | python3 -c '
import re, sys
urls = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", sys.stdin.read())
paths = urls[:200] + ["/index.xml", "/atom.xml", "/page/2/", "/archives/"]
print("paths = {" + ",".join("\"%s\"" % p for p in paths) + "}")
print("request = function() return wrk.format(\"GET\", paths[math.random(#paths)]) end")
' > "$TMP/mix.lua"
for p in $(grep -o '"/[^"]*"' "$TMP/mix.lua" | tr -d '"' | head -250); do curl -s -o /dev/null "$BASE$p"; done

# Slow clients: each opens a connection, sends a partial request line, then one byte every 5 s.
python3 - "$PORT" "$SLOW" > "$TMP/slow.out" <<'PY' &
import socket, sys, time
port, n = int(sys.argv[1]), int(sys.argv[2])
socks = []
for _ in range(n):
    s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nX-a: "); socks.append(s)
start = time.time(); closed_at = {}
while time.time() - start < 75 and len(closed_at) < n:
    for i, s in enumerate(socks):
        if i in closed_at: continue
        try: s.sendall(b"a")
        except OSError: closed_at[i] = time.time() - start
    time.sleep(5)
vals = sorted(closed_at.values())
print("slow connections closed by the server: %d of %d; median after %.0f s" % (len(vals), n, vals[len(vals)//2] if vals else -1))
PY
SLOW_PID=$!

rss_log=$TMP/rss.txt
( while kill -0 "$BLOG_PID" 2>/dev/null; do grep VmRSS /proc/$BLOG_PID/status | awk '{print $2}' >> "$rss_log"; sleep 1; done ) &
echo "== wrk -t2 -c$CONNECTIONS -d${DURATION}s over $(grep -o '"/' "$TMP/mix.lua" | wc -l) paths, with $SLOW slow clients"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$TMP/mix.lua" "$BASE" | tee "$TMP/wrk.txt"
wait "$SLOW_PID" || true; SLOW_PID=""
cat "$TMP/slow.out"
errors=$(grep -E "Socket errors|Non-2xx" "$TMP/wrk.txt" || true)
echo "== errors: ${errors:-none}"
echo "== RSS during the run: max $(sort -n "$rss_log" | tail -1) KB, last $(tail -1 "$rss_log") KB"
if grep -q OutOfMemoryError "$TMP/blog.err"; then echo "== OutOfMemoryError: yes"; else echo "== OutOfMemoryError: no"; fi
curl -fs "$BASE/healthz" >/dev/null && echo "== still healthy after the load: yes"
[ -z "$errors" ]
