"""Times how long the blog takes to start: until the home page, a post, a tag page and a category
page all answer 200.

Usage: ready.py BASE LIMIT, as a coprocess of the script that launches the blog:
  1. it prints "ready" once Python has started;
  2. it then reads one line, "START PID": the launch time (seconds since the epoch, as bash's
     $EPOCHREALTIME) and the process id of the blog just launched;
  3. it prints one line: the seconds from launch until all four pages answered, then the post, tag
     and category paths it used (the first such links on /, /tags/ and /categories/).
It exits 1 if the blog dies or LIMIT seconds pass.

It polls from this one process, started before the blog, with no new process per attempt: on a
machine with two cores the start-up is CPU-bound, and the shell loop used before, which forked
curl every 50 ms and Python to read each list, added about a second to a 10,000-post start
(BENCHMARKS.md, start-up, fourth round).
"""
import http.client
import os
import re
import sys
import time
import urllib.parse

base, limit = sys.argv[1], float(sys.argv[2])
host = urllib.parse.urlsplit(base).netloc
POLL = 0.02  # seconds between attempts while a page does not answer 200

print("ready", flush=True)
launched, pid = sys.stdin.readline().split()
start, pid = float(launched), int(pid)


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def get_200(path):
    """Returns the body of PATH once it answers 200, polling until then."""
    while True:
        if not os.path.exists(f"/proc/{pid}"):
            fail("the blog died while starting")
        if time.time() - start > limit:
            fail(f"{path} did not answer 200 within {limit:.0f} s")
        conn = http.client.HTTPConnection(host, timeout=10)
        try:
            conn.request("GET", path, headers={"Accept-Encoding": "identity"})
            response = conn.getresponse()
            body = response.read()
            if response.status == 200:
                return body.decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            pass
        finally:
            conn.close()
        time.sleep(POLL)


def first_link(html, pattern):
    for href in re.findall(r'href="(/[^"#?]*)"', html):
        if re.fullmatch(pattern, href):
            return href
    fail(f"no link matching {pattern} found")


post = first_link(get_200("/"), r"/posts/[^/]+/")
tag = first_link(get_200("/tags/"), r"/tags/.+/")
category = first_link(get_200("/categories/"), r"/categories/.+/")
for path in (post, tag, category):
    get_200(path)
print(f"{time.time() - start:.2f} {post} {tag} {category}")
