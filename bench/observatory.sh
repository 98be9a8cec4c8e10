#!/usr/bin/env bash
# Mozilla's HTTP Observatory rules, run locally against the blog as a PaaS deploys it: a TLS
# terminating router in front (nginx here, with a self-signed certificate the scanner is told to
# trust) that passes plain HTTP and HTTPS to the app with X-Forwarded-Proto, and the blog with
# BLOG_BASE_URL=https://localhost. Prints the grade, the score and each test's result.
#
# Usage (from the repository root, after `mvn -q package -DskipTests`): bench/observatory.sh [POSTS_DIR]
# Needs node, npm, nginx, openssl, curl, java (apt-get install nodejs npm nginx-light openssl curl),
# ports 80 and 443 free (the scanner only speaks to the default ports), and root for them.
# Downloads the scanner (npm @mdn/mdn-http-observatory, pinned) into a temporary folder; installs
# nothing on the system.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
JAR=${BLOG_JAR:-$REPO/target/blog.jar}
POSTS=${1:-$REPO/posts}
SCANNER_VERSION=1.4.8
for tool in node npm nginx openssl curl java python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (apt-get install nodejs npm nginx-light openssl curl)" >&2; exit 1; }
done
[ -f "$JAR" ] || { echo "no jar at $JAR: run 'mvn -q package -DskipTests'" >&2; exit 1; }
for port in 80 443; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "port $port is in use; the scanner needs it" >&2; exit 1; fi
done

TMP=$(mktemp -d /tmp/bench-observatory.XXXXXX)
BLOG_PID=""; NGINX_UP=""
cleanup() {
  set +e
  [ -n "$NGINX_UP" ] && nginx -p "$TMP" -c "$TMP/nginx.conf" -s stop 2>/dev/null
  [ -n "$BLOG_PID" ] && kill "$BLOG_PID" 2>/dev/null && wait "$BLOG_PID" 2>/dev/null
  rm -rf "$TMP"
}
trap cleanup EXIT

echo "== downloading @mdn/mdn-http-observatory@$SCANNER_VERSION into a temporary folder"
# --ignore-scripts: its install step fetches certificate bundles from the internet; the local
# certificate below is handed to the scanner instead.
(cd "$TMP" && npm install --silent --no-audit --no-fund --ignore-scripts \
  "@mdn/mdn-http-observatory@$SCANNER_VERSION" >/dev/null)
# The skipped step would have downloaded Chromium's HSTS preload list; localhost is not on it.
echo '{}' >"$TMP/node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json"

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost" -keyout "$TMP/key.pem" -out "$TMP/cert.pem" 2>/dev/null

PORT=$(free_port)
BLOG_POSTS_DIR=$POSTS BLOG_BASE_URL=https://localhost PORT=$PORT java -jar "$JAR" >"$TMP/blog.out" 2>&1 &
BLOG_PID=$!
wait_for "http://127.0.0.1:$PORT/healthz" "$BLOG_PID"

mkdir -p "$TMP/logs"
cat >"$TMP/nginx.conf" <<CONF
pid $TMP/nginx.pid;
error_log $TMP/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $TMP/body; proxy_temp_path $TMP/proxy; fastcgi_temp_path $TMP/fastcgi;
    uwsgi_temp_path $TMP/uwsgi; scgi_temp_path $TMP/scgi;
    # Like a PaaS router: both schemes go to the app, which decides about redirects and HSTS.
    server {
        listen 127.0.0.1:80;
        location / { proxy_pass http://127.0.0.1:$PORT; proxy_set_header Host \$host; proxy_set_header X-Forwarded-Proto http; }
    }
    server {
        listen 127.0.0.1:443 ssl;
        ssl_certificate $TMP/cert.pem; ssl_certificate_key $TMP/key.pem;
        location / { proxy_pass http://127.0.0.1:$PORT; proxy_set_header Host \$host; proxy_set_header X-Forwarded-Proto https; }
    }
}
CONF
nginx -p "$TMP" -c "$TMP/nginx.conf"
NGINX_UP=yes

echo "== scanning localhost (http://localhost and https://localhost through the router)"
NODE_EXTRA_CA_CERTS=$TMP/cert.pem node "$TMP/node_modules/@mdn/mdn-http-observatory/src/scan.js" localhost >"$TMP/scan.json" || true
python3 - "$TMP/scan.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
if "error" in report:
    sys.exit("scan failed: " + report["error"])
scan = report["scan"]
print(f"  grade {scan['grade']}, score {scan['score']}, tests passed {scan['testsPassed']} of {scan['testsQuantity']}")
for name, test in sorted(report["tests"].items()):
    mark = "pass" if test["pass"] else "FAIL"
    print(f"  {mark}  {name:<32} {test['result']:<52} {test.get('scoreModifier', 0):+d}")
PY
