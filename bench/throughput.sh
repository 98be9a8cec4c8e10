#!/usr/bin/env bash
# Throughput of cached pages: the blog's jar against nginx serving the very same bytes as files.
#
# What it measures: requests/second and p99 latency (wrk -t2 -c64 -d10s --latency) for three
# pages already in the blog's page cache (home `/`, a post, a tag page), against nginx serving
# byte-identical copies of them from a docroot. The ratio blog/nginx says how close the blog's
# in-memory cache comes to static file serving (target: >= 0.9, with blog p99 <= 5 ms).
# No gzip on either side: wrk sends no Accept-Encoding, so both send the plain bytes.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`):
#   bench/throughput.sh            # generates 1000 posts into a temp dir
#   bench/throughput.sh 100        # generates 100 posts
#   bench/throughput.sh /tmp/corpus/c1000   # reuses a folder made by gen_corpus.py --images
# Environment: BLOG_JAR (default target/blog.jar), ROUNDS (5), DURATION (10s),
#   WARMUP_BLOG (15, seconds of wrk on each page), WARMUP_NGINX (5, seconds on each page),
#   NGINX_WORKERS (auto), KEEP_TMP=1 keeps the temp dir (logs, docroot, nginx.conf),
#   BLOG_JAVA_OPTS: more JVM flags for the blog (e.g. -XX:+UseParallelGC),
#   PACED_ROUNDS (3) and PACE_MS (4): the latency rounds at a moderate rate (below; 0 rounds skips them).
#
# After the rounds at saturation, the same 64 connections run at a moderate, steady rate
# (bench/paced.lua: each connection pauses PACE_MS after every response, so about 13,000 requests
# a second in all, a third of what either server can do here) for PACED_ROUNDS interleaved rounds.
# At saturation, latency is mostly the queue of 64 connections waiting for two cores that wrk also
# needs (Little's law: 64 / 33,000 req/s is 1.9 ms on average); the paced rounds show the latency
# a reader gets from a busy but not overloaded server.
#
# nginx runs with worker_processes auto (one worker per core, 2 here) by default: the JVM uses
# every core too (Jetty's thread pool, JIT and GC threads), so nginx gets the same; a single
# worker would handicap the baseline and flatter the ratio. NGINX_WORKERS=1 gives that variant.
# nginx sends the blog's extra response headers too (security headers, Cache-Control, Vary).
# Caveats: wrk runs on the same machine and competes with the server under test for the cores;
# the blog writes its access log (one line per request, to a file here) while nginx has
# access_log off; other work on the machine is measured and reported with every run.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
GEN=$REPO/../shared/tools/gen_corpus.py
CORPUS_ARG=${1:-1000}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
WARMUP_BLOG=${WARMUP_BLOG:-15}
WARMUP_NGINX=${WARMUP_NGINX:-5}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
WRK_ARGS=(-t2 -c64 "-d$DURATION" --latency)
PACED_ROUNDS=${PACED_ROUNDS:-3}
export PACE_MS=${PACE_MS:-4}

# --- what it needs -------------------------------------------------------------------------
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
require_tools "apt-get install wrk nginx-light curl python3 openjdk-17-jre-headless" wrk nginx python3 curl java
require_jar

# --- temp dir and cleanup ------------------------------------------------------------------
TMP=$(mktemp -d /tmp/bench-throughput.XXXXXX)
chmod 755 "$TMP" # nginx workers run as nobody when started by root; they must read the docroot
BLOG_PID=""
NGINX_PID=""
cleanup() {
  set +e
  for pid in $BLOG_PID $NGINX_PID; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Stops the benchmark, saying how, if the blog or nginx is no longer running.
check_alive() {
  local name pid status
  for name in blog nginx; do
    if [ "$name" = blog ]; then pid=$BLOG_PID; else pid=$NGINX_PID; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      status=0
      wait "$pid" 2>/dev/null || status=$?
      echo "$name (pid $pid) is no longer running: exit status $status (128 + N means killed by signal N)" >&2
      if [ "$name" = blog ]; then grep -v ' GET ' "$TMP/blog.log" | tail -n 20 >&2; fi
      exit 1
    fi
  done
}

# Prints "requests_per_second p99_ms socket_errors non2xx" from a wrk --latency report on stdin.
parse_wrk() {
  python3 -c '
import re, sys
text = sys.stdin.read()
rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\b", text, re.M)
if not rps or not p99:
    sys.exit("cannot parse wrk output:\n" + text)
ms = float(p99.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
errors = re.search(r"Socket errors: (.*)", text)
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print(rps.group(1), "%.3f" % ms, (errors.group(1).replace(" ", "") if errors else "-"),
      (non2xx.group(1) if non2xx else "0"))
'
}

# --- machine -------------------------------------------------------------------------------
echo "== machine"
echo "nproc: $(nproc)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "memory: $(free -m | awk '/^Mem:/ {print $2 " MB"}')"
echo "java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
echo "nginx: $(nginx -v 2>&1)"
echo "wrk: $(wrk -v 2>&1 | head -1 || true)"
echo "note: wrk (2 threads) runs on this machine and competes for the same $(nproc) cores as the server under test."
echo

# --- corpus --------------------------------------------------------------------------------
if [ -d "$CORPUS_ARG" ]; then
  CORPUS=$(cd "$CORPUS_ARG" && pwd)
  echo "== corpus: reusing $CORPUS ($(find "$CORPUS" -name '*.md' | wc -l) posts)"
else
  CORPUS=$TMP/corpus
  echo "== corpus: generating $CORPUS_ARG posts in $CORPUS"
  python3 "$GEN" "$CORPUS_ARG" "$CORPUS" --images
fi

# --- the blog ------------------------------------------------------------------------------
BLOG_PORT=$(free_port)
BLOG=http://127.0.0.1:$BLOG_PORT
echo "== blog: java -Xmx256m ${BLOG_JAVA_OPTS:-} -jar $JAR on port $BLOG_PORT"
PORT=$BLOG_PORT BLOG_POSTS_DIR=$CORPUS BLOG_PUBLIC_DIR=$CORPUS BLOG_BASE_URL=$BLOG \
  java -Xmx256m ${BLOG_JAVA_OPTS:-} -jar "$JAR" >"$TMP/blog.log" 2>&1 &
BLOG_PID=$!
wait_for "$BLOG/" "$BLOG_PID"

# Pages: home, the first post and the first tag page linked from the home page.
curl -s -f "$BLOG/" -o "$TMP/home.html"
mapfile -t PAGES < <(python3 - "$TMP/home.html" <<'EOF'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
links = re.findall(r'href="(/[^"#?]*)"', html)
post = next(l for l in links if re.fullmatch(r"/posts/[^/]+/", l))
tag = next(l for l in links if re.fullmatch(r"/tags/.+/", l) and not l.endswith("index.xml/"))
print("/", post, tag, sep="\n")
EOF
)
NAMES=(home post tag)

# --- nginx with the same bytes -------------------------------------------------------------
DOCROOT=$TMP/docroot
for path in "${PAGES[@]}"; do
  # nginx decodes %XX before mapping the URI to a file, so the file lives at the decoded path.
  file=$DOCROOT$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$path")index.html
  mkdir -p "$(dirname "$file")"
  curl -s -f "$BLOG$path" -o "$file" # no Accept-Encoding: the plain cached bytes
done
chmod -R a+rX "$DOCROOT"

# nginx also sends the blog's other response headers (Cache-Control, Vary, security headers), so
# both answers carry about the same bytes; nginx makes its own Date, ETag, Last-Modified, lengths.
curl -s -D "$TMP/blog-headers.txt" -o /dev/null "$BLOG/"
python3 - "$TMP/blog-headers.txt" >"$TMP/nginx-headers.conf" <<'EOF'
import sys
OWN = {"date", "content-type", "content-length", "transfer-encoding", "etag", "last-modified",
       "connection", "server", "accept-ranges", "keep-alive"}
for line in open(sys.argv[1], encoding="latin-1").read().splitlines()[1:]:
    name, colon, value = line.partition(":")
    if colon and name.strip().lower() not in OWN:
        value = value.strip().replace("\\", "\\\\").replace('"', '\\"')
        print(f'add_header {name.strip()} "{value}";')
EOF

NGINX_PORT=$(free_port)
NGINX=http://127.0.0.1:$NGINX_PORT
cat >"$TMP/nginx.conf" <<EOF
# Minimal static server for the comparison; see the header of bench/throughput.sh.
worker_processes $NGINX_WORKERS;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    gzip off;
    # Jetty keeps a connection for any number of requests; so does nginx here (default is 1000).
    keepalive_requests 1000000;
    types { }
    default_type text/html;
    charset utf-8;
    client_body_temp_path $TMP/nginx-body;
    proxy_temp_path $TMP/nginx-proxy;
    fastcgi_temp_path $TMP/nginx-fastcgi;
    uwsgi_temp_path $TMP/nginx-uwsgi;
    scgi_temp_path $TMP/nginx-scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $DOCROOT;
        index index.html;
        include $TMP/nginx-headers.conf;
    }
}
EOF
echo "== nginx: worker_processes $NGINX_WORKERS on port $NGINX_PORT (config: $TMP/nginx.conf)"
nginx -e "$TMP/nginx-error.log" -p "$TMP" -c "$TMP/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
wait_for "$NGINX/" "$NGINX_PID" 10

for i in 0 1 2; do
  path=${PAGES[$i]}
  if ! cmp -s <(curl -s "$NGINX$path") <(curl -s "$BLOG$path"); then
    echo "nginx and the blog send different bytes for $path" >&2
    exit 1
  fi
  printf '%-5s %-50s body %6d bytes (identical); headers %4d bytes from nginx, %4d from the blog\n' \
    "${NAMES[$i]}" "$path" "$(curl -s "$BLOG$path" | wc -c)" \
    "$(curl -s -D - -o /dev/null "$NGINX$path" | wc -c)" "$(curl -s -D - -o /dev/null "$BLOG$path" | wc -c)"
done
echo

# --- warm-up -------------------------------------------------------------------------------
wait_quiet
check_alive
echo "== warm-up: ${WARMUP_BLOG}s of wrk per page on the blog, ${WARMUP_NGINX}s per page on nginx"
for path in "${PAGES[@]}"; do
  wrk -t2 -c64 "-d${WARMUP_BLOG}s" --latency "$BLOG$path" | parse_wrk | awk -v p="$path" '{printf "  blog  %-45s %10.0f req/s\n", p, $1}'
  wrk -t2 -c64 "-d${WARMUP_NGINX}s" --latency "$NGINX$path" | parse_wrk | awk -v p="$path" '{printf "  nginx %-45s %10.0f req/s\n", p, $1}'
done
echo

# --- measured rounds -----------------------------------------------------------------------
# Runs ROUNDS interleaved rounds (first argument) of wrk over the three pages on both servers,
# alternating which server goes first; appends "round page server req/s p99 other%" lines to the
# file named by the second argument. More arguments go to wrk.
run_rounds() {
  local rounds=$1 out=$2 round i server base rps p99 errors non2xx other order
  shift 2
  printf '  %-5s %-5s %-6s %12s %10s %8s  %s\n' round page server req/s p99_ms other_% "socket errors / non-2xx"
  for round in $(seq 1 "$rounds"); do
    wait_quiet
    if [ $((round % 2)) = 1 ]; then order=(nginx blog); else order=(blog nginx); fi
    for i in 0 1 2; do
      for server in "${order[@]}"; do
        if [ "$server" = nginx ]; then base=$NGINX; else base=$BLOG; fi
        check_alive
        other_load_start
        read -r rps p99 errors non2xx < <(wrk "${WRK_ARGS[@]}" "$@" "$base${PAGES[$i]}" | parse_wrk)
        other=$(other_load)
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "${NAMES[$i]}" "$server" "$rps" "$p99" "$other" >>"$out"
        printf '  %-5s %-5s %-6s %12s %10s %8s  %s / %s\n' "$round" "${NAMES[$i]}" "$server" "$rps" "$p99" "$other" "$errors" "$non2xx"
      done
    done
  done
}

RESULTS=$TMP/results.tsv
: >"$RESULTS"
echo "== $ROUNDS rounds: wrk ${WRK_ARGS[*]} per page and server, alternating which goes first"
run_rounds "$ROUNDS" "$RESULTS"
echo

# --- table ---------------------------------------------------------------------------------
echo "== medians (targets: blog/nginx >= 0.9, blog p99 <= 5 ms)"
python3 - "$RESULTS" <<'EOF'
import statistics, sys
QUIET = 5  # percent of the machine used by other work, above which a run counts as disturbed
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]

def table(title, keep):
    print(title)
    print("| page | runs (nginx / blog) | nginx req/s | blog req/s | blog/nginx | nginx p99 (ms) | blog p99 (ms) "
          "| ratio >= 0.9 | blog p99 <= 5 ms | other work, max % |")
    print("|---|---|---:|---:|---:|---:|---:|---|---|---:|")
    for page in ("home", "post", "tag"):
        runs = {s: [r for r in rows if r[1] == page and r[2] == s and keep(r)] for s in ("nginx", "blog")}
        if not runs["nginx"] or not runs["blog"]:
            print(f"| {page} | {len(runs['nginx'])} / {len(runs['blog'])} | | | | | | | | |")
            continue
        n, b = (statistics.median(float(r[3]) for r in runs[s]) for s in ("nginx", "blog"))
        np99, bp99 = (statistics.median(float(r[4]) for r in runs[s]) for s in ("nginx", "blog"))
        other = max(int(r[5]) for r in runs["nginx"] + runs["blog"])
        print(f"| {page} | {len(runs['nginx'])} / {len(runs['blog'])} | {n:,.0f} | {b:,.0f} | {b / n:.2f} "
              f"| {np99:.2f} | {bp99:.2f} | {'yes' if b / n >= 0.9 else 'no'} | {'yes' if bp99 <= 5 else 'no'} "
              f"| {other} |")

table("all rounds:", lambda r: True)
if any(int(r[5]) > QUIET for r in rows):
    print()
    table(f"only runs during which other work used at most {QUIET} % of the machine:",
          lambda r: int(r[5]) <= QUIET)
print("(other work: share of the machine used by processes outside this benchmark during a run)")
EOF

# --- latency at a moderate rate ------------------------------------------------------------
if [ "$PACED_ROUNDS" -gt 0 ]; then
  PACED=$TMP/paced.tsv
  : >"$PACED"
  echo
  echo "== $PACED_ROUNDS paced rounds: wrk ${WRK_ARGS[*]} -s bench/paced.lua (PACE_MS=$PACE_MS after each response)"
  run_rounds "$PACED_ROUNDS" "$PACED" -s "$HERE/paced.lua"
  echo
  echo "== paced medians (target: blog p99 <= 5 ms)"
  python3 - "$PACED" <<'EOF'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
print("| page | runs (nginx / blog) | nginx req/s | blog req/s | nginx p99 (ms) | blog p99 (ms) | blog p99 <= 5 ms "
      "| other work, max % |")
print("|---|---|---:|---:|---:|---:|---|---:|")
for page in ("home", "post", "tag"):
    runs = {s: [r for r in rows if r[1] == page and r[2] == s] for s in ("nginx", "blog")}
    n, b = (statistics.median(float(r[3]) for r in runs[s]) for s in ("nginx", "blog"))
    np99, bp99 = (statistics.median(float(r[4]) for r in runs[s]) for s in ("nginx", "blog"))
    other = max(int(r[5]) for r in runs["nginx"] + runs["blog"])
    print(f"| {page} | {len(runs['nginx'])} / {len(runs['blog'])} | {n:,.0f} | {b:,.0f} | {np99:.2f} | {bp99:.2f} "
          f"| {'yes' if bp99 <= 5 else 'no'} | {other} |")
EOF
fi
echo
echo "blog log, without the access-log lines ($(grep -c ' GET ' "$TMP/blog.log" || true) of them):"
grep -v ' GET ' "$TMP/blog.log" | tail -n 5 | sed 's/^/  /'
if grep -q OutOfMemoryError "$TMP/blog.log"; then echo "WARNING: OutOfMemoryError in the blog's log"; fi
