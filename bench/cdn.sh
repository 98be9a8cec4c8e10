#!/usr/bin/env bash
# The blog behind a caching reverse proxy, as a CDN or a PaaS router with a cache would run it.
#
# What it measures: two blog instances (same posts, different ports) behind nginx as a caching
# load balancer that honours the blog's Cache-Control (max-age=60, stale-while-revalidate=300):
#  1. the cache hit ratio while wrk requests a mix of pages for 20 s (every page in the sitemap
#     plus the home pages), counted from an access log of $upstream_cache_status;
#  2. how long an edited post takes to reach readers: after editing one post's Markdown and a
#     rolling restart of both instances (one after the other, as a PaaS deploy does), the post
#     is polled through nginx every second until the new text shows, printing X-Cache-Status;
#     expected within max-age plus one revalidation (about 60 s), with a new ETag.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`):
#   bench/cdn.sh                      # generates 100 posts into a temp dir
#   bench/cdn.sh /tmp/corpus/c100     # copies that folder (gen_corpus.py --images) and edits the copy
# Environment: BLOG_JAR (default target/blog.jar), WRK_SECONDS (20), MAX_WAIT (420 s of polling),
#   KEEP_TMP=1 keeps the temp dir (nginx.conf, access.log, blog logs).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
GEN=$REPO/../shared/tools/gen_corpus.py
CORPUS_ARG=${1:-100}
WRK_SECONDS=${WRK_SECONDS:-20}
MAX_WAIT=${MAX_WAIT:-420}

# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
require_tools "apt-get install wrk nginx-light curl python3 openjdk-17-jre-headless" wrk nginx python3 curl java
require_jar

TMP=$(mktemp -d /tmp/bench-cdn.XXXXXX)
chmod 755 "$TMP" # nginx workers run as nobody when started by root; they write the cache here
declare -A PIDS=()
cleanup() {
  set +e
  for name in "${!PIDS[@]}"; do
    kill "${PIDS[$name]}" 2>/dev/null && wait "${PIDS[$name]}" 2>/dev/null
  done
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Seconds since the edit, with one decimal.
since_edit() {
  python3 -c 'import sys; print("%5.1f" % (float(sys.argv[1]) - float(sys.argv[2])))' "$EPOCHREALTIME" "$EDITED"
}

# Starts blog instance NAME (a or b) on its port; the public address is nginx's for both, so
# both render identical bytes and agree on every ETag.
start_instance() {
  local name=$1 port=$2
  PORT=$port BLOG_POSTS_DIR=$CORPUS BLOG_PUBLIC_DIR=$CORPUS BLOG_BASE_URL=$PUBLIC \
    java -Xmx256m -jar "$JAR" >>"$TMP/blog-$name.log" 2>&1 &
  PIDS[$name]=$!
  wait_for "http://127.0.0.1:$port/" "${PIDS[$name]}" 300
}

stop_instance() {
  kill "${PIDS[$1]}" 2>/dev/null || true
  wait "${PIDS[$1]}" 2>/dev/null || true
  unset "PIDS[$1]"
}

# Counts $upstream_cache_status in access-log lines FROM (1-based) to the end. With
# proxy_cache_background_update, readers get HIT, MISS, STALE or UPDATING; the lines EXPIRED
# (the instance sent the page again) and REVALIDATED (it answered 304) are nginx's own background
# updates, logged because of log_subrequest, and are left out of the readers' hit ratio.
cache_statuses() {
  python3 - "$TMP/access.log" "$1" <<'EOF'
import collections, sys
lines = open(sys.argv[1]).read().splitlines()[int(sys.argv[2]) - 1:]
times, upstream = collections.defaultdict(list), 0
for line in lines:
    if line.strip():
        fields = line.split()
        times[fields[1]].append(float(fields[3]))
        upstream += fields[5] != "-"
counts = collections.Counter({status: len(t) for status, t in times.items()})
named = ["HIT", "MISS", "UPDATING", "STALE", "REVALIDATED", "EXPIRED"]
background = counts["REVALIDATED"] + counts["EXPIRED"]
readers = sum(counts.values()) - background
print(f"  {'status':<12} {'requests':>9} {'share':>8}   nginx request time: median / p99 / max (ms)")
for status in named + sorted(s for s in counts if s not in named):
    t = sorted(times[status])
    spread = (f"{1000 * t[len(t) // 2]:.0f} / {1000 * t[min(len(t) - 1, int(len(t) * 0.99))]:.0f} / {1000 * t[-1]:.0f}"
              if t else "")
    share = f"{100 * counts[status] / max(readers, 1):7.2f} %" if status not in ("REVALIDATED", "EXPIRED") else "  (background)"
    print(f"  {status:<12} {counts[status]:>9} {share}   {spread}")
print(f"  readers' requests {readers}; background updates {background}; requests that reached an instance {upstream}")
if readers:
    cached = counts["HIT"] + counts["STALE"] + counts["UPDATING"]
    print(f"  hit ratio (HIT / readers' requests): {counts['HIT'] / readers:.4f}; answered from the cache without "
          f"waiting for an instance (HIT + STALE + UPDATING): {cached / readers:.4f}")
EOF
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); $(nginx -v 2>&1); $(java -version 2>&1 | head -1)"

# --- corpus (a copy: one post gets edited) ------------------------------------------------
CORPUS=$TMP/corpus
if [ -d "$CORPUS_ARG" ]; then
  cp -r "$CORPUS_ARG" "$CORPUS"
  echo "== corpus: a copy of $CORPUS_ARG in $CORPUS"
else
  echo "== corpus: generating $CORPUS_ARG posts in $CORPUS"
  python3 "$GEN" "$CORPUS_ARG" "$CORPUS" --images
fi

# --- nginx in front of two instances -------------------------------------------------------
PORT_A=$(free_port)
PORT_B=$(free_port)
NGINX_PORT=$(free_port)
PUBLIC=http://127.0.0.1:$NGINX_PORT
cat >"$TMP/nginx.conf" <<EOF
# A caching load balancer in front of two blog instances; see the header of bench/cdn.sh.
worker_processes 1;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log warn;
events { worker_connections 1024; }
http {
    log_format cache '\$msec \$upstream_cache_status \$status \$request_time "\$request_uri" \$upstream_addr \$upstream_status';
    access_log $TMP/access.log cache;
    # Background updates are subrequests; logging them shows whether they revalidated (304).
    log_subrequest on;
    client_body_temp_path $TMP/nginx-body;
    proxy_temp_path $TMP/nginx-proxy;
    fastcgi_temp_path $TMP/nginx-fastcgi;
    uwsgi_temp_path $TMP/nginx-uwsgi;
    scgi_temp_path $TMP/nginx-scgi;
    # Freshness comes from the blog's Cache-Control (max-age, stale-while-revalidate), not from here.
    proxy_cache_path $TMP/cache levels=1:2 keys_zone=blog:10m max_size=512m inactive=1d use_temp_path=off;
    upstream blog {
        server 127.0.0.1:$PORT_A;
        server 127.0.0.1:$PORT_B;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://blog;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_next_upstream error timeout;
            proxy_cache blog;
            proxy_cache_revalidate on;
            proxy_cache_use_stale updating error timeout;
            proxy_cache_background_update on;
            proxy_cache_lock on;
            add_header X-Cache-Status \$upstream_cache_status always;
        }
    }
}
EOF
echo "== blog instances on ports $PORT_A (a) and $PORT_B (b); nginx on $NGINX_PORT (config: $TMP/nginx.conf)"
start_instance a "$PORT_A"
start_instance b "$PORT_B"
nginx -e "$TMP/nginx-error.log" -p "$TMP" -c "$TMP/nginx.conf" -g 'daemon off;' &
PIDS[nginx]=$!
wait_for "$PUBLIC/robots.txt" "${PIDS[nginx]}" 300

# --- 1. hit ratio under a mix of pages -----------------------------------------------------
# Every page in the sitemap (home, archives, posts, tags, categories) plus the paged home lists.
curl -s -f "http://127.0.0.1:$PORT_A/sitemap.xml" | python3 -c '
import re, sys
paths = [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", sys.stdin.read())]
print("\n".join(paths + ["/page/%d/" % n for n in range(2, 6)]))' >"$TMP/paths.txt"
cat >"$TMP/mix.lua" <<'EOF'
-- Each request picks one of the paths listed in the file given after `--`, uniformly at random.
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end
function init(args)
  paths = {}
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  math.randomseed(os.time() * 100 + id)
end
function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
EOF
wait_quiet
echo "== 1. wrk -t2 -c64 -d${WRK_SECONDS}s through nginx, each request one of $(wc -l <"$TMP/paths.txt") paths at random (cold cache)"
from=$(($(wc -l <"$TMP/access.log") + 1))
other_load_start
wrk -t2 -c64 "-d${WRK_SECONDS}s" --latency -s "$TMP/mix.lua" "$PUBLIC" -- "$TMP/paths.txt" |
  grep -E '^ *(50|90|99)%|Requests/sec|errors|Non-2xx' | sed 's/^ */  /'
echo "  other work on the machine meanwhile: $(other_load) %"
sleep 1 # let nginx write the last log lines
echo "  X-Cache-Status of those requests:"
cache_statuses "$from"

# --- 2. an edited post reaching readers ----------------------------------------------------
POST=$(curl -s -f "$PUBLIC/" | python3 -c '
import re, sys
print(next(l for l in re.findall(r"href=\"(/posts/[^/\"]+/)\"", sys.stdin.read())))')
SLUG=$(basename "$POST")
FILE=$(find "$CORPUS" -name "$SLUG.md" | head -1)
[ -n "$FILE" ] || { echo "no Markdown file for $POST" >&2; exit 1; }
MARKER="CDN-EDIT-$(date +%s)"
ETAG_BEFORE=$(curl -s -D - -o /dev/null "$PUBLIC$POST" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
echo
echo "== 2. editing $POST ($FILE): appending a paragraph with \"$MARKER\"; ETag before: $ETAG_BEFORE"
printf '\n\n更新：本文已修訂（%s）。\n' "$MARKER" >>"$FILE"
from=$(($(wc -l <"$TMP/access.log") + 1))
EDITED=$EPOCHREALTIME

# Reader: polls the post through nginx every second until the new text shows.
poll_post() {
  local headers=$TMP/poll-headers body=$TMP/poll-body
  local status cache etag visible tick=0
  while true; do
    : >"$headers"
    : >"$body"
    curl -s --max-time 5 -D "$headers" -o "$body" "$PUBLIC$POST" || true
    visible=no
    status=$(head -1 "$headers" | awk '{print $2}')
    cache=$(tr -d '\r' <"$headers" | awk -F': ' 'tolower($1) == "x-cache-status" {print $2}')
    etag=$(tr -d '\r' <"$headers" | awk -F': ' 'tolower($1) == "etag" {print $2}')
    grep -q "$MARKER" "$body" && visible=yes
    echo "  t=$(since_edit)s  reader: $status X-Cache-Status=${cache:--} ETag=$etag new text: $visible"
    if [ "$visible" = yes ]; then
      since_edit >"$TMP/visible-after"
      echo "$etag" >"$TMP/etag-after"
      return 0
    fi
    if [ $((SECONDS - POLL_START)) -ge "$MAX_WAIT" ]; then
      echo "  the new text did not show within $MAX_WAIT s" >&2
      return 1
    fi
    tick=$((tick + 1)) # one poll a second after the edit, however long the last one took
    sleep "$(python3 -c 'import sys, time; print(max(0.0, float(sys.argv[1]) + int(sys.argv[2]) - time.time()))' "$EDITED" "$tick")"
  done
}
POLL_START=$SECONDS
poll_post &
PIDS[poller]=$!

# Deploy: a rolling restart, one instance after the other, so one of them always answers.
for name in a b; do
  if [ "$name" = a ]; then port=$PORT_A; else port=$PORT_B; fi
  echo "  t=$(since_edit)s  deploy: stopping instance $name (port $port)"
  stop_instance "$name"
  start_instance "$name" "$port"
  direct=no
  curl -s "http://127.0.0.1:$port$POST" | grep -q "$MARKER" && direct=yes
  echo "  t=$(since_edit)s  deploy: instance $name is back; serves the new text directly: $direct"
done
DEPLOYED=$(since_edit)
echo "  t=${DEPLOYED}s  deploy: done (both instances restarted)"

poll_ok=yes
wait "${PIDS[poller]}" || poll_ok=no
unset "PIDS[poller]"
echo
if [ "$poll_ok" = yes ]; then
  VISIBLE=$(tr -d ' ' <"$TMP/visible-after")
  ETAG_AFTER=$(cat "$TMP/etag-after")
  python3 - "$VISIBLE" "$DEPLOYED" <<'EOF'
import sys
visible, deployed = float(sys.argv[1]), float(sys.argv[2])
print(f"== the edit reached readers {visible:.1f} s after the edit, {visible - deployed:.1f} s after the deploy finished"
      f" ({deployed:.1f} s); expected within max-age (60 s) plus one revalidation after the deploy")
EOF
  if [ "$ETAG_AFTER" != "$ETAG_BEFORE" ]; then changed=yes; else changed=no; fi
  echo "   ETag before $ETAG_BEFORE, after $ETAG_AFTER: changed: $changed"
else
  echo "== the edit did NOT reach readers within $MAX_WAIT s"
fi
echo "   X-Cache-Status of every request through nginx since the edit (the reader's polls and nginx's"
echo "   background updates; the deploy's own checks go to the instances directly):"
cache_statuses "$from"
if grep -q OutOfMemoryError "$TMP"/blog-*.log; then echo "WARNING: OutOfMemoryError in a blog log"; fi
[ "$poll_ok" = yes ]
