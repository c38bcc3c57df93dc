#!/usr/bin/env bash
# Builds the CJK font charts are drawn with: Noto Sans CJK SC (OFL 1.1, Debian's fonts-noto-cjk)
# cut down to GB 2312 (the 6,763 hanzi and 682 symbols every mainland text uses), ASCII, Latin-1,
# general and CJK punctuation and full-width forms, renamed "Zhibiao Sans SC" so it can never be
# confused with an installed Noto. The output is committed; run this again only to change the subset.
# Needs: apt-get install fonts-noto-cjk python3-fonttools (Debian's python3, /usr/bin/python3)
# Usage: tools/fonts/build-chart-font.sh   (writes src/main/resources/fonts/)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=src/main/resources/fonts
src_dir=/usr/share/fonts/opentype/noto
mkdir -p "$out"

/usr/bin/python3 - "$src_dir" "$out" <<'PY'
import sys
from fontTools.ttLib import TTCollection
from fontTools import subset

src_dir, out = sys.argv[1], sys.argv[2]

def gb2312():
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars

ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x206F), (0x2100, 0x214F), (0x2190, 0x21FF),
          (0x2200, 0x22FF), (0x2460, 0x24FF), (0x3000, 0x303F), (0xFF01, 0xFF65)]
chars = gb2312() | {chr(c) for lo, hi in ranges for c in range(lo, hi + 1)}
unicodes = sorted(ord(c) for c in chars)

for weight in ("Regular", "Bold"):
    collection = TTCollection(f"{src_dir}/NotoSansCJK-{weight}.ttc")
    # The collection holds JP, KR, SC, TC, HK faces; pick the Simplified Chinese one by its name.
    font = next(f for f in collection.fonts if f["name"].getDebugName(1).endswith(" SC"))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False          # Java's rasteriser draws unhinted outlines the same everywhere
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    names = font["name"]
    family = "Zhibiao Sans SC"
    full = family if weight == "Regular" else f"{family} Bold"
    postscript = "ZhibiaoSansSC-" + weight
    for record in list(names.names):
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (2, 17):
            record.string = weight
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
        elif record.nameID == 3:
            record.string = f"{postscript};subset of Noto Sans CJK SC"
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FullName = full
        top.FamilyName = family
    font.recalcTimestamp = False     # same input, same bytes
    path = f"{out}/ZhibiaoSansSC-{weight}.otf"
    font.save(path)
    print(path, len(unicodes), "code points")
PY

{
    /usr/bin/python3 - "$src_dir" <<'PY'
import sys
from fontTools.ttLib import TTCollection
font = TTCollection(f"{sys.argv[1]}/NotoSansCJK-Regular.ttc").fonts[0]
print("Zhibiao Sans SC is a subset of Noto Sans CJK SC (Regular and Bold), renamed; built by")
print("tools/fonts/build-chart-font.sh from Debian's fonts-noto-cjk. Original copyright:")
print()
print(font["name"].getDebugName(0).rstrip("."), "with Reserved Font Name 'Source' (upstream LICENSE).")
print()
PY
    # The licence text as Debian ships it, without the copyright file's indentation.
    awk -v RS= '/^License: SIL-1.1\n/ {print; exit}' /usr/share/doc/fonts-noto-cjk/copyright \
        | sed '1d; s/^ //; s/^\.$//'
} > "$out/OFL.txt"
ls -l "$out"
