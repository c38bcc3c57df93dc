#!/usr/bin/env bash
# Builds the web font of the page (src/main/resources/web-fonts/, served as /fonts/NAME by charts/WebFontRoute): the bundled chart font
# (Zhibiao Sans SC, tools/fonts/build-chart-font.sh) cut down to the characters the page can show - its own
# words (index.html, app.js), the chart titles' words (charts/*.yaml, the charts package, the period labels),
# every region name of the gazetteer and every indicator and classification name of the catalog - plus ASCII,
# Latin-1 and CJK punctuation, as WOFF2. A browser without a Chinese font then shows the page's Chinese.
# The file name carries the first 12 hex digits of its SHA-256, so it is served as immutable (a new subset is a
# new URL); app.css's @font-face is rewritten to name it. The output is committed; run this again after adding
# page words, regions or indicators.
# Needs: apt-get install python3-fonttools python3-brotli (Debian's python3, /usr/bin/python3)
# Usage: tools/fonts/build-web-font.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/web-fonts
css=src/main/resources/META-INF/resources/app.css
mkdir -p "$out"
chars=$(mktemp)
trap 'rm -f "$chars" "$chars.woff2"' EXIT

/usr/bin/python3 - "$chars" <<'PY'
import glob, sys
sources = (glob.glob("src/main/resources/META-INF/resources/*.html") + glob.glob("src/main/resources/META-INF/resources/*.js")
           + glob.glob("charts/*.yaml") + glob.glob("src/main/java/io/zhibiao/charts/*.java")
           + ["src/main/java/io/zhibiao/series/PeriodLabels.java", "src/main/resources/indicators/catalog.tsv",
              "src/main/resources/regions/cn-divisions.csv"]
           + glob.glob("src/main/resources/indicators/classifications/*.tsv"))
chars = set()
for path in sorted(sources):
    with open(path, encoding="utf-8") as f:
        chars |= {c for c in f.read() if ord(c) >= 0x80}
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x3000, 0x303F), (0xFF01, 0xFF65)]
chars |= {chr(c) for lo, hi in ranges for c in range(lo, hi + 1)}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
PY

/usr/bin/python3 -m fontTools.subset src/main/resources/fonts/ZhibiaoSansSC-Regular.otf \
    --text-file="$chars" --flavor=woff2 --layout-features='*' --no-hinting --desubroutinize \
    --output-file="$chars.woff2"
hash=$(sha256sum "$chars.woff2" | cut -c1-12)
rm -f "$out"/zhibiao-sans-sc-*.woff2
cp "$chars.woff2" "$out/zhibiao-sans-sc-$hash.woff2"
sed -i -E "s#/fonts/zhibiao-sans-sc-[0-9a-f]+\.woff2#/fonts/zhibiao-sans-sc-$hash.woff2#" "$css"
echo "$out/zhibiao-sans-sc-$hash.woff2: $(wc -c < "$out/zhibiao-sans-sc-$hash.woff2") bytes, $(wc -m < "$chars") characters"
