#!/usr/bin/env bash
# Watch mode: how long from saving a post until the server answers with the new text.
# Usage: bench/watch.sh [POSTS_DIR]   (default ../shared/corpus/ouuan-blog/posts; RUNS=20, PORT=7093)
# Copies the posts to a temporary folder, starts target/blog.jar with BLOG_WATCH=true, adds one
# post, then rewrites its body RUNS times and polls its page every 10 ms until the new text shows.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
posts=${1:-../shared/corpus/ouuan-blog/posts}
runs=${RUNS:-20}
port=${PORT:-7093}
[ -f target/blog.jar ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 1; }
[ -d "$posts" ] || { echo "no posts folder $posts" >&2; exit 1; }
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$posts" "$work/posts"
count=$(find "$work/posts" -name '*.md' | wc -l)
BLOG_WATCH=true PORT=$port BLOG_POSTS_DIR="$work/posts" BLOG_PUBLIC_DIR="$work/public" \
  BLOG_TEMPLATES_DIR="$work/none" java -jar target/blog.jar >"$work/log" 2>&1 &
pid=$!
wait_for "http://127.0.0.1:$port/healthz" "$pid"

now_ms() { date +%s%3N; }
save() { printf -- '---\ntitle: "watch bench"\ndate: 2020-01-01T00:00:00+08:00\nslug: watch-bench\n---\n\n%s\n' "$1" \
  >"$work/posts/watch-bench.md"; }
await() { until curl -s "http://127.0.0.1:$port/posts/watch-bench/" | grep -q "$1"; do sleep 0.01; done; }

save "run-start"; await "run-start"
times=()
for i in $(seq 1 "$runs"); do
  sleep 0.5
  start=$(now_ms); save "run-$i-marker"; await "run-$i-marker"
  times+=($(( $(now_ms) - start )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
p90=$(echo "$sorted" | sed -n "$(( (runs * 9 + 9) / 10 ))p")
max=$(echo "$sorted" | tail -1)
reload=$(grep -o 'reloaded [0-9]* posts in [0-9]* ms' "$work/log" | awk '{print $5}' | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "posts: $((count + 1)), runs: $runs"
echo "save to new page (ms): median $median, p90 $p90, max $max"
echo "reload alone, from the log (ms): median $reload"
