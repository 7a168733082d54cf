#!/usr/bin/env bash
# bench/coordination.sh — time marsad's coordination analysis on synthetic posts.
#
# For each size in $SIZES (default 100k, 1M, 10M posts):
#   1. in memory: coordbench generates the posts into a snapshot, runs the full
#      analysis (all seven behaviours, significance, groups, evidence) and the
#      toolkit-compatible co_retweet/co_tweet/co_link networks; wall time,
#      CPU time and peak RSS from /usr/bin/time -v.
#   2. through the store (sizes ≤ $STORE_MAX, default 1M): the same posts as a
#      coordination-network-toolkit CSV, `marsad import`, then
#      `marsad analyze coordination` and `--cnt-compatible` (each timed).
#   3. if $CNT_DIR points at a checkout of QUT-Digital-Observatory/
#      coordination-network-toolkit (Python with its requirements installed),
#      the toolkit on the same CSV (preprocess + compute per network), the
#      time ratio, and whether its edge sets equal marsad's.
# Results go to $WORK (default a temp dir) and a summary to stdout.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${SIZES:-"100000 1000000 10000000"}
STORE_MAX=${STORE_MAX:-1000000}
WINDOW=${WINDOW:-60}
WORK=${WORK:-$(mktemp -d -t marsad-coordbench.XXXXXX)}
PYTHON=${PYTHON:-python3}
mkdir -p "$WORK"
echo "work dir: $WORK"

go build -o "$WORK/coordbench" "$ROOT/bench/coordbench"
go build -o "$WORK/marsad" "$ROOT/cmd/marsad"

# timed LABEL CMD... — runs CMD under /usr/bin/time -v, prints one summary line.
timed() {
	local label=$1
	shift
	local tf="$WORK/time-$label.txt"
	if ! /usr/bin/time -v "$@" >"$WORK/out-$label.txt" 2>"$tf"; then
		echo "$label: FAILED (see $WORK/out-$label.txt and $tf)"
		tail -5 "$tf"
		return 1
	fi
	local wall rss user sys
	wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tf")
	rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")
	user=$(awk -F': ' '/User time/ {print $2}' "$tf")
	sys=$(awk -F': ' '/System time/ {print $2}' "$tf")
	echo "$label: wall $wall, cpu ${user}s user + ${sys}s sys, peak RSS ${rss} MiB"
	echo "$label $wall $user $sys $rss" >>"$WORK/summary.txt"
}

seconds() { # h:mm:ss.ss or m:ss.ss → seconds
	awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }' <<<"$1"
}

for n in $SIZES; do
	echo "== $n posts"
	timed "memory-$n" "$WORK/coordbench" run -posts "$n" -window "${WINDOW}s" -cnt-out "$WORK/marsad-cnt-$n"
	grep -E '^(posts|detect|cnt_compatible)=' "$WORK/out-memory-$n.txt" | sed 's/^/    /'

	if [ "$n" -le "$STORE_MAX" ] || [ -n "${CNT_DIR:-}" ]; then
		"$WORK/coordbench" gen -posts "$n" -csv "$WORK/data-$n.csv"
	fi
	if [ "$n" -le "$STORE_MAX" ]; then
		db="$WORK/marsad-$n.db"
		rm -f "$db"*
		timed "import-$n" "$WORK/marsad" --db "$db" -q import --format cnt-csv "$WORK/data-$n.csv" || true
		timed "analyze-$n" "$WORK/marsad" --db "$db" -q analyze coordination --no-save --format json --window "$WINDOW" || true
		timed "analyze-cnt-$n" "$WORK/marsad" --db "$db" -q analyze coordination --no-save --cnt-compatible --format csv --window "$WINDOW" || true
	fi

	if [ -n "${CNT_DIR:-}" ]; then
		cdb="$WORK/cnt-$n.db"
		rm -f "$cdb"*
		export PYTHONPATH="$CNT_DIR${PYTHONPATH:+:$PYTHONPATH}"
		if timed "cnt-preprocess-$n" "$PYTHON" -m coordination_network_toolkit "$cdb" preprocess --format csv "$WORK/data-$n.csv"; then
			total=$(seconds "$(awk '{print $2}' <<<"$(grep "^cnt-preprocess-$n " "$WORK/summary.txt")")")
			for net in co_retweet co_tweet co_link; do
				timed "cnt-$net-$n" "$PYTHON" -m coordination_network_toolkit "$cdb" compute "$net" \
					--time_window "$WINDOW" --min_edge_weight 1 --output_file "$WORK/cnt-$net-$n.csv" --output_format csv || continue
				t=$(seconds "$(awk '{print $2}' <<<"$(grep "^cnt-$net-$n " "$WORK/summary.txt")")")
				total=$(awk -v a="$total" -v b="$t" 'BEGIN{print a+b}')
				if [ -f "$WORK/marsad-cnt-$n/$net.csv" ]; then
					echo -n "    edge sets $net: "
					if ! "$WORK/coordbench" compare "$WORK/marsad-cnt-$n/$net.csv" "$WORK/cnt-$net-$n.csv" && [ "$net" = co_link ]; then
						echo "    (co_link: expected when the toolkit turns an empty urls field into the URL \"\" — see docs/ANALYSES-coordination.md)"
					fi
				else
					echo -n "    edge sets $net (marsad has no edges): "
					"$WORK/coordbench" compare /dev/null "$WORK/cnt-$net-$n.csv" 2>/dev/null || true
				fi
			done
			ours=$(seconds "$(awk '{print $2}' <<<"$(grep "^memory-$n " "$WORK/summary.txt")")")
			echo "    toolkit total ${total}s vs marsad in-memory (full analysis + toolkit networks) ${ours}s: ratio $(awk -v a="$total" -v b="$ours" 'BEGIN{printf "%.1f", a/b}')×"
		fi
	fi
done
echo "summary (label wall user sys rss_MiB) in $WORK/summary.txt"
