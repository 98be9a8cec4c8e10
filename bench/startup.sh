#!/usr/bin/env bash
# Startup time and memory of the blog at 100, 1,000 and 10,000 posts, with a heap of 256 MB.
#
# What it measures, for each corpus: RUNS (5) times, the seconds from launching
# `java -Xmx256m -jar blog.jar` until the home page, a post, a tag page and a category page all
# answer 200 (polled every 20 ms by bench/ready.py, one process; the post, tag and category are found by parsing /, /tags/ and
# /categories/ once they answer), and the process's RSS right then. After the last run the
# instance stays up: a crawler visits every page (home pages, every post, every tag and category
# page and their pages, by following links breadth-first), then wrk loads one post page for 20 s;
# the peak RSS (VmHWM) and any OutOfMemoryError in the log are recorded.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`):
#   bench/startup.sh                         # generates 100, 1000 and 10000 posts (slow: ~10 min for 10000)
#   bench/startup.sh 100 1000                # other sizes
#   bench/startup.sh /tmp/corpus/c100 /tmp/corpus/c1000 /tmp/corpus/c10000   # reuse folders made
#                                            # by ../shared/tools/gen_corpus.py N DIR --images
# Environment: BLOG_JAR (default target/blog.jar), RUNS (5), STARTUP_LIMIT (900 s a start),
#   WRK_SECONDS (20), CRAWL_THREADS (4), KEEP_TMP=1 keeps the temp dir (logs, generated corpora),
#   CDS (1): start as the Procfile does, with the class-data archive that `mvn package` writes
#   (java -XX:SharedArchiveFile=target/blog.jsa -jar target/blog.jar, from the repository root:
#   the archive names the jar by that relative path); CDS=0 starts without it.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
GEN=$REPO/../shared/tools/gen_corpus.py
RUNS=${RUNS:-5}
STARTUP_LIMIT=${STARTUP_LIMIT:-900}
WRK_SECONDS=${WRK_SECONDS:-20}
CRAWL_THREADS=${CRAWL_THREADS:-4}
CDS=${CDS:-1}
if [ $# -eq 0 ]; then set -- 100 1000 10000; fi

# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
require_tools "apt-get install wrk python3 openjdk-17-jre-headless" java python3 wrk
require_jar

TMP=$(mktemp -d /tmp/bench-startup.XXXXXX)
BLOG_PID=""
cleanup() {
  set +e
  stop_blog
  if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $TMP"; else rm -rf "$TMP"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop_blog() {
  if [ -n "$BLOG_PID" ]; then
    kill "$BLOG_PID" 2>/dev/null || true
    wait "$BLOG_PID" 2>/dev/null || true
    BLOG_PID=""
  fi
}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(free -m | awk '/^Mem:/ {print $2}') MB"
echo "== java: $(java -version 2>&1 | head -1); jar: $JAR ($(date -r "$JAR" '+%F %T'))"
# The archive records the jar's path as the build gave it (target/blog.jar, relative to the repository).
if [ "$CDS" = 1 ]; then
  if [ ! -f "$REPO/target/blog.jsa" ] || [ "$JAR" != "$REPO/target/blog.jar" ]; then
    echo "CDS=1 needs target/blog.jsa next to target/blog.jar (mvn package writes both); or run with CDS=0" >&2
    exit 1
  fi
  cd "$REPO"
  LAUNCH=(java -Xmx256m -XX:SharedArchiveFile=target/blog.jsa -jar target/blog.jar)
else
  LAUNCH=(java -Xmx256m -jar "$JAR")
fi
echo "== flags: ${LAUNCH[*]}; $RUNS starts per corpus; crawl + ${WRK_SECONDS}s wrk after the last start"
echo

SUMMARY=$TMP/summary.tsv
: >"$SUMMARY"
for arg in "$@"; do
  if [ -d "$arg" ]; then
    CORPUS=$(cd "$arg" && pwd)
  else
    CORPUS=$TMP/c$arg
    echo "== generating $arg posts in $CORPUS"
    python3 "$GEN" "$arg" "$CORPUS" --images
  fi
  FILES=$(find "$CORPUS" -name '*.md' | wc -l)
  echo "== corpus $CORPUS: $FILES Markdown files ($(du -sh "$CORPUS" | cut -f1))"
  times=()
  rss_start=()
  others=()
  for run in $(seq 1 "$RUNS"); do
    PORT_=$(free_port)
    BASE=http://127.0.0.1:$PORT_
    LOG=$TMP/blog-$FILES-$run.log
    wait_quiet
    other_load_start
    # ready.py polls from one process started before the blog (see its header).
    coproc READY { python3 "$HERE/ready.py" "$BASE" "$STARTUP_LIMIT"; }
    ready_pid=$READY_PID
    read -r _ <&"${READY[0]}"
    START=$EPOCHREALTIME
    PORT=$PORT_ BLOG_POSTS_DIR=$CORPUS BLOG_PUBLIC_DIR=$CORPUS BLOG_BASE_URL=$BASE \
      "${LAUNCH[@]}" >"$LOG" 2>&1 &
    BLOG_PID=$!
    echo "$START $BLOG_PID" >&"${READY[1]}"
    result=""
    read -r result <&"${READY[0]}" || true
    wait "$ready_pid" || { echo "the start failed; log: $LOG" >&2; tail -n 20 "$LOG" >&2; exit 1; }
    read -r seconds post tag category <<<"$result"
    rss=$(ps -o rss= -p "$BLOG_PID" | tr -d ' ')
    other=$(other_load)
    others+=("$other")
    times+=("$seconds")
    rss_start+=("$rss")
    printf '  run %d: all four pages answer 200 after %6s s, RSS %4d MB, other work %3s %%   (%s %s %s)\n' \
      "$run" "$seconds" $((rss / 1024)) "$other" "$post" "$tag" "$category"
    if [ "$run" -lt "$RUNS" ]; then stop_blog; fi
  done

  other_load_start
  echo "  crawling every page of the last instance ($CRAWL_THREADS threads)..."
  python3 - "$BASE" "$CRAWL_THREADS" <<'EOF'
# Breadth-first crawl of every HTML page (paths ending in "/"), checking the sitemap's posts.
import collections, http.client, re, sys, threading, time, urllib.parse
base, threads = sys.argv[1], int(sys.argv[2])
host = urllib.parse.urlsplit(base).netloc
seen, queue, lock = {"/"}, collections.deque(["/"]), threading.Condition()
statuses, kinds, busy = collections.Counter(), collections.Counter(), [0]
LINK = re.compile(r'href="([^"]*)"')

def links(html):
    for href in LINK.findall(html):
        href = href.replace("&amp;", "&")
        if href.startswith(base):
            href = href[len(base):] or "/"
        path = urllib.parse.urlsplit(href).path
        if path.startswith("/") and path.endswith("/") and not path.startswith("/images/"):
            yield path

def worker():
    conn = http.client.HTTPConnection(host, timeout=60)
    while True:
        with lock:
            while not queue and busy[0]:
                lock.wait()
            if not queue:
                lock.notify_all()
                return
            path = queue.popleft()
            busy[0] += 1
        try:
            conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = conn.getresponse()
            body = response.read().decode("utf-8", "replace")
            status = response.status
        except (OSError, http.client.HTTPException) as e:
            conn.close()
            conn = http.client.HTTPConnection(host, timeout=60)
            body, status = "", type(e).__name__
        found = list(links(body)) if status == 200 else []
        with lock:
            statuses[status] += 1
            kinds[path.split("/")[1] or "home"] += 1
            for p in found:
                if p not in seen:
                    seen.add(p)
                    queue.append(p)
            busy[0] -= 1
            lock.notify_all()

start = time.time()
pool = [threading.Thread(target=worker) for _ in range(threads)]
for t in pool:
    t.start()
for t in pool:
    t.join()
elapsed = time.time() - start
conn = http.client.HTTPConnection(host, timeout=60)
conn.request("GET", "/sitemap.xml")
sitemap = conn.getresponse().read().decode()
in_sitemap = len(re.findall(r"<loc>[^<]*/posts/[^<]*</loc>", sitemap))
print(f"  crawled {sum(statuses.values())} pages in {elapsed:.1f} s "
      f"({sum(statuses.values()) / elapsed:.0f} pages/s); status {dict(statuses)}")
print(f"  by kind {dict(kinds)}; posts crawled {kinds['posts']} of {in_sitemap} in the sitemap")
EOF
  echo "  wrk -t2 -c64 -d${WRK_SECONDS}s on $post:"
  wrk -t2 -c64 "-d${WRK_SECONDS}s" --latency "$BASE$post" | grep -E '^ *99%|Requests/sec|errors|Non-2xx' | sed 's/^ */    /'
  peak=$(awk '/^VmHWM/ {print $2}' "/proc/$BLOG_PID/status" 2>/dev/null || echo 0)
  echo "  other work during the crawl and wrk: $(other_load) % of the machine"
  alive=yes
  kill -0 "$BLOG_PID" 2>/dev/null || alive=no
  stop_blog
  oom=no
  if grep -q OutOfMemoryError "$TMP"/blog-"$FILES"-*.log; then oom=yes; fi
  loaded=$(grep -hoE '[0-9]+ posts (loaded|read)' "$LOG" | head -1 | cut -d' ' -f1 || true)
  echo "  peak RSS (VmHWM) $((peak / 1024)) MB; still alive after the load: $alive; OutOfMemoryError in logs: $oom"
  echo "  log of the last run: $(grep -c ' WARN ' "$LOG" || true) warnings, $(grep -c ' ERROR ' "$LOG" || true) errors; its INFO lines:"
  grep ' INFO ' "$LOG" | sed 's/^/    /' || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$FILES" "${loaded:-?}" "${times[*]}" "${rss_start[*]}" "$peak" "$oom" "${others[*]}" >>"$SUMMARY"
  echo
done

echo "== summary (median of $RUNS starts; -Xmx256m; Hugo and Hexo: the reference figures, seconds / memory)"
python3 - "$SUMMARY" <<'EOF'
import statistics, sys
QUIET = 5  # percent of the machine used by other work, above which a start counts as disturbed
REFERENCE = {1000: "Hugo 1.8 s / 410 MB; Hexo 9.7 s / 665 MB",
             10000: "Hugo 43 s / 3.7 GB; Hexo 87 s / 4.1 GB"}
print("| posts (files / read) | startup s, median (min–max) | quiet starts: n, median s | RSS after start, MB "
      "| peak RSS after crawl + wrk, MB | OOM | Hugo / Hexo reference | other work during starts, max % |")
print("|---|---:|---:|---:|---:|---|---|---:|")
for line in open(sys.argv[1]).read().splitlines():
    files, loaded, times, rss, peak, oom, others = line.split("\t")
    t = [float(x) for x in times.split()]
    r = [int(x) / 1024 for x in rss.split()]
    o = [int(x) for x in others.split()]
    quiet = [s for s, load in zip(t, o) if load <= QUIET]
    size = min(REFERENCE, key=lambda n: abs(n - int(files)))
    ref = REFERENCE[size] if abs(size - int(files)) <= size * 0.1 else "—"
    quiet_median = f"{statistics.median(quiet):.2f}" if quiet else "–"
    print(f"| {files} / {loaded} | {statistics.median(t):.2f} ({min(t):.2f}–{max(t):.2f}) "
          f"| {len(quiet)}, {quiet_median} | {statistics.median(r):.0f} | {int(peak) / 1024:.0f} | {oom} "
          f"| {ref} | {max(o)} |")
print(f"(quiet starts: those during which other work used at most {QUIET} % of the machine)")
EOF
