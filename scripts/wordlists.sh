#!/bin/bash
# Rebuilds the word lists of src/dictionary/ from Debian's packages (see src/dictionary/README.md):
# wamerican (SCOWL, English) and hunspell-id (Indonesian), each kept to its words of four
# letters or more written in lower-case ASCII letters only, sorted, one a line.
set -euo pipefail
out="$(cd "$(dirname "$0")/../src/dictionary" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
apt-get download wamerican hunspell-id
dpkg-deb -x wamerican_*.deb en
dpkg-deb -x hunspell-id_*.deb id
keep() { LC_ALL=C grep -E '^[a-z]{4,}$' | LC_ALL=C sort -u; }
keep < en/usr/share/dict/american-english > "$out/en.txt"
tail -n +2 id/usr/share/hunspell/id_ID.dic | cut -d/ -f1 | keep > "$out/id.txt"
dpkg-deb -f wamerican_*.deb Package Version
dpkg-deb -f hunspell-id_*.deb Package Version
wc -l "$out/en.txt" "$out/id.txt"
