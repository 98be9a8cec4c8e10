#!/usr/bin/env bash
# Writes the fixtures whose exact bytes matter (CRLF line endings, a UTF-8 byte order mark,
# bytes that are not UTF-8), so that no editor can quietly "fix" them. Run from anywhere:
#   bash src/test/resources/content/make-byte-fixtures.sh
# The .gitattributes beside this script keeps git from touching their line endings.
set -euo pipefail
cd "$(dirname "$0")"

crlf() { sed 's/$/\r/'; }

# A post with CRLF line endings whose body also holds a '---' thematic break.
crlf > good/crlf.md <<'MD'
---
title: "Windows 換行"
date: 2025-04-21T13:52:36+08:00
tags: ["換行", "CRLF"]
---

第一段用 CRLF 換行。

---

第二段在分隔線之後。
MD

# A post saved by an editor that writes a UTF-8 byte order mark.
{ printf '\xEF\xBB\xBF'; cat <<'MD'
---
title: "有 BOM 的檔案"
date: 2024-01-05
---

記事本存檔時會在開頭加上 BOM。
MD
} > good/bom.md

# Both at once: a byte order mark and CRLF line endings.
{ printf '\xEF\xBB\xBF'; crlf <<'MD'
---
title: "BOM 加 CRLF"
date: 2025-04-21 13:52:36
slug: bom-and-crlf
---

兩種都有。
MD
} > good/bom-crlf.md

# Line 6 was saved in Big5 (the bytes of 中文), not UTF-8.
{ cat <<'MD'
---
title: "Big5 的內文"
date: 2025-04-21T13:52:36+08:00
---

MD
printf 'Big5: \xA4\xA4\xA4\xE5\n'
printf 'more text\n'
} > broken/not-utf8-big5.md

# The title on line 2 was saved in Latin-1: "Café" with a single 0xE9 byte.
{ printf -- '---\n'
printf 'title: "Caf\xE9"\n'
printf 'date: 2025-04-21T13:52:36+08:00\n'
printf -- '---\n'
printf '\nbody\n'
} > broken/not-utf8-latin1-title.md
