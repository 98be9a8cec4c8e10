#!/usr/bin/env bash
# How long the three real blogs in ../shared/corpus take to load, and Hugo's build for comparison.
#
# What it measures, for each corpus, RUNS (3) times, median: the wall time of `java -jar blog.jar
# check` (a JVM start, every post read and its body parsed for links, the report), and the
# server's own "posts read and indexed in N ms" log line at start-up (with the corpus's
# BLOG_PERMALINK, as in CorpusAcceptanceTest). For the two Hugo blogs, the wall time of Debian's
# `hugo` building them with the minimal layouts of src/test/resources/hugo.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`):
#   bench/corpora.sh
# Environment: BLOG_JAR (default target/blog.jar), BLOG_CORPUS_DIR (default ../shared/corpus), RUNS (3).
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
CORPUS=${BLOG_CORPUS_DIR:-$REPO/../shared/corpus}
RUNS=${RUNS:-3}
if [ ! -f "$JAR" ]; then
  echo "no jar at $JAR: build it with 'mvn -q package -DskipTests', or set BLOG_JAR" >&2
  exit 1
fi
if [ ! -d "$CORPUS" ]; then
  echo "no corpora at $CORPUS: set BLOG_CORPUS_DIR" >&2
  exit 1
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now_ms() { date +%s%3N; }

settings() {
  case "$1" in
    ouuan-blog) echo "BLOG_PERMALINK=/post/:filename/ BLOG_PUBLIC_DIR=$CORPUS/$1/static" ;;
    sofastack-blog) echo "BLOG_PERMALINK=/blog/:filename/ BLOG_PUBLIC_DIR=$TMP" ;;
    tigercosmos-blog) echo "BLOG_PERMALINK=/post/:year/:month/:title/ BLOG_PERMALINK_STYLE=hexo BLOG_PUBLIC_DIR=$TMP" ;;
  esac
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| corpus | posts | check (median) | indexed at start-up (median) | hugo build (median) |"
echo "|---|---|---|---|---|"
for corpus in ouuan-blog sofastack-blog tigercosmos-blog; do
  posts=$CORPUS/$corpus/posts
  checks=(); indexed=(); builds=()
  for _ in $(seq "$RUNS"); do
    start=$(now_ms)
    env $(settings "$corpus") java -jar "$JAR" check "$posts" > "$TMP/check.log" 2>&1 || true
    checks+=($(( $(now_ms) - start )))
    count=$(tail -1 "$TMP/check.log" | awk '{print $1}')
    : > "$TMP/serve.log"
    env $(settings "$corpus") PORT=0 BLOG_POSTS_DIR="$posts" java -jar "$JAR" > "$TMP/serve.log" 2>&1 &
    pid=$!
    for _ in $(seq 300); do
      grep -q "read and indexed in" "$TMP/serve.log" && break
      sleep 0.1
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
    indexed+=($(grep -o "read and indexed in [0-9]*" "$TMP/serve.log" | awk '{print $NF}'))
    if [ "$corpus" != tigercosmos-blog ] && command -v hugo >/dev/null 2>&1; then
      section=$([ "$corpus" = ouuan-blog ] && echo post || echo blog)
      rm -rf "$TMP/site" "$TMP/public"; mkdir -p "$TMP/site/content/$section"
      cp -r "$REPO/src/test/resources/hugo/layouts" "$TMP/site/"
      cp "$REPO/src/test/resources/hugo/$corpus.toml" "$TMP/site/config.toml"
      cp -r "$posts/." "$TMP/site/content/$section/"
      start=$(now_ms)
      if hugo --quiet -s "$TMP/site" -d "$TMP/public" > "$TMP/hugo.log" 2>&1; then
        builds+=($(( $(now_ms) - start )))
      else
        echo "hugo failed on $corpus:" >&2; tail -5 "$TMP/hugo.log" >&2
      fi
    fi
  done
  c=$(printf '%s\n' "${checks[@]}" | median); i=$(printf '%s\n' "${indexed[@]}" | median)
  h="—"
  if [ ${#builds[@]} -gt 0 ]; then h="$(printf '%s\n' "${builds[@]}" | median) ms"; fi
  echo "| $corpus | $count | ${c} ms | ${i} ms | $h |"
done
