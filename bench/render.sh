#!/usr/bin/env bash
# The cost of one uncached render of the bundled 16 KB post, measured with JMH
# (src/test/java/blog/web/RenderBenchmark.java). Needs Java 17 and Maven; run from anywhere:
#   bench/render.sh            # 5 warm-up and 5 measured iterations of 2 s, one fork
#   bench/render.sh -f 3       # extra JMH options are passed through
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'blog.web.RenderBenchmark' "$@"
