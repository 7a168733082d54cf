#!/usr/bin/env bash
# bench/ingest.sh — measure `marsad import` throughput and peak memory.
#
# Generates $N synthetic tweet-v1 JSON Lines posts (bench/gentweets: about
# 1.2 KB per line, a quarter of them retweets embedding their original), then
# imports them with the real binary into a fresh SQLite database under
# /usr/bin/time -v, and prints posts/s, MB/s and peak RSS. With
# COMPRESS=gzip (or zstd, if the zstd tool is installed) the input is
# compressed first (measures the decompression path too).
#
#   N=1000000 bench/ingest.sh          # the figure in docs/PERFORMANCE.md
#   N=100000 WORK=/tmp/ib bench/ingest.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-1000000}
WORK=${WORK:-$(mktemp -d -t marsad-ingest.XXXXXX)}
mkdir -p "$WORK"
echo "work dir: $WORK"

go build -o "$WORK/marsad" "$ROOT/cmd/marsad"
go build -o "$WORK/gentweets" "$ROOT/bench/gentweets"

IN="$WORK/tweets-$N.jsonl"
if [ ! -s "$IN" ]; then
	"$WORK/gentweets" -n "$N" -seed 1 >"$IN"
fi
case "${COMPRESS:-}" in
gzip)
	[ -s "$IN.gz" ] || gzip -k "$IN"
	IN="$IN.gz"
	;;
zstd)
	[ -s "$IN.zst" ] || zstd -q -k "$IN"
	IN="$IN.zst"
	;;
esac
BYTES=$(stat -c %s "$IN")
LINES=$N

rm -f "$WORK/bench.db" "$WORK/bench.db-wal" "$WORK/bench.db-shm"
/usr/bin/time -v "$WORK/marsad" --db "$WORK/bench.db" --quiet import --rejects "" --output json "$IN" \
	>"$WORK/summary.json" 2>"$WORK/time.txt" || { cat "$WORK/time.txt"; exit 1; }

# Elapsed (wall clock) time (h:mm:ss or m:ss): 1:23.45
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" |
	awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
user=$(awk -F': ' '/User time/ {print $2}' "$WORK/time.txt")
sys=$(awk -F': ' '/System time/ {print $2}' "$WORK/time.txt")
posts=$(grep -o '"posts": *[0-9]*' "$WORK/summary.json" | tail -1 | grep -o '[0-9]*$')
dbsize=$(du -b "$WORK/bench.db" | cut -f1)

awk -v n="$LINES" -v b="$BYTES" -v w="$wall" -v r="$rss_kb" -v u="$user" -v s="$sys" -v p="$posts" -v d="$dbsize" 'BEGIN {
	printf "input:      %d tweet lines, %.1f MB\n", n, b/1e6
	printf "stored:     %d posts (retweeted originals included; embedded copies counted as duplicates)\n", p
	printf "wall time:  %.1f s (user %.1f s, sys %.1f s)\n", w, u, s
	printf "throughput: %.0f input tweets/s, %.1f MB/s\n", n/w, b/1e6/w
	printf "peak RSS:   %.0f MiB\n", r/1024
	printf "database:   %.1f MB\n", d/1e6
}'
