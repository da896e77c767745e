#!/usr/bin/env bash
# The archive-scale benchmark (BENCHMARKS.md): checks a generated corpus of 100,000 articles
# (about 330 MB) beside the time ripgrep takes to scan it for every number and month name, then
# what each stage of the check costs on the same corpus (loading the files, tokenizing, reading,
# checking), then the cost of canons of 10 to 10,000 claims on a smaller corpus.
#
#   scripts/bench.sh [ARTICLES] [THREADS]      defaults: 100000 articles, 2 threads
#
# Needs the Rust toolchain; installs Debian's `time` and `ripgrep` when they are missing.
# The corpus and canons are written under target/bench once and reused.
set -euo pipefail
cd "$(dirname "$0")/.."

articles="${1:-100000}"
threads="${2:-2}"
out=target/bench
corpus="$out/corpus-$articles"
small="$out/corpus-2000"

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need rg ripgrep
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

cargo build --release --quiet --examples
bin=target/release/examples
mkdir -p "$out"
[ -d "$corpus" ] || "$bin/gen_corpus" --articles "$articles" --out "$corpus" --seed 1
[ -d "$small" ] || "$bin/gen_corpus" --articles 2000 --out "$small" --seed 2
for n in 10 100 1000 10000; do
    [ -f "$out/claims-$n.yaml" ] || "$bin/gen_canon" --claims "$n" --out "$out/claims-$n.yaml" --seed 1
done
cp claims.yaml "$out/claims-story.yaml"

mb=$(find "$corpus" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
echo "== corpus: $articles articles, $mb MB; $(nproc) cores"

# The floor: every number and month name (Indonesian and English), counted per file.
months='januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember'
months="$months|january|february|march|may|june|july|august|october|december"
find "$corpus" -type f -exec cat {} + >/dev/null   # the same warm page cache for both
start=$(date +%s.%N)
rg -c -i "[0-9]+|$months" "$corpus" -j "$threads" >/dev/null
rg_s=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
echo "== ripgrep floor (-j $threads): $rg_s s, $(awk -v m="$mb" -v s="$rg_s" 'BEGIN { printf "%.0f", m / s }') MB/s"

echo "== canon over the corpus, $threads threads (bench_check: load, check, render JSON, in order)"
/usr/bin/time -v "$bin/bench_check" --claims claims.yaml --threads "$threads" "$corpus" 2>"$out/time.txt"
grep -E "Elapsed|Maximum resident|Percent of CPU" "$out/time.txt"

echo "== canon by stage over the corpus, $threads threads (bench_check --upto: each article stops after it)"
for stage in load tokens read check; do
    printf '%8s: ' "$stage"
    "$bin/bench_check" --threads "$threads" --upto "$stage" "$corpus"
done

echo "== canon check --format jsonl over the corpus, $threads threads (the command line, end to end)"
cargo build --release --quiet
/usr/bin/time -v target/release/canon check --format jsonl --threads "$threads" "$corpus" \
    >"$out/check.jsonl" 2>"$out/time-cli.txt" || true
grep -E "Elapsed|Maximum resident|Percent of CPU" "$out/time-cli.txt"
echo "   $(wc -l <"$out/check.jsonl") articles written; output sha256 $(sha256sum <"$out/check.jsonl" | cut -c1-16)"

echo "== canon size, on $small ($threads threads)"
for n in 10 story 100 1000 10000; do
    printf '%6s claims: ' "$n"
    "$bin/bench_check" --claims "$out/claims-$n.yaml" --threads "$threads" "$small"
done
