#!/usr/bin/env bash
# Hubs and roles: speed against the reference implementation the issue names
# (gonum's Louvain, community.Modularize) on the same interaction graphs, and
# the whole `marsad analyze hubs|roles` on a large store.
#
#   bash bench/hubs.sh                 # Louvain: marsad vs gonum, ratio and modularity Q
#   POSTS=1000000 bash bench/hubs.sh   # also simulate POSTS posts, import, time hubs and roles
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Louvain on synthetic interaction graphs (same graph, same seed)"
out=$(go test ./internal/analysis/hubs -run '^$' -bench BenchmarkLouvain -benchtime 1x)
echo "$out" | grep Benchmark
echo "$out" | awk '
	/BenchmarkLouvain\/marsad/ { split($1, a, "="); ours[a[2]] = $3 }
	/BenchmarkLouvain\/gonum/  { split($1, a, "="); ref[a[2]] = $3 }
	END { for (k in ours) if (ref[k] > 0) printf "posts=%s: marsad is %.0fx faster than gonum community.Modularize\n", k, ref[k] / ours[k] }'

if [ -n "${POSTS:-}" ]; then
	dir=$(mktemp -d)
	trap 'rm -rf "$dir"' EXIT
	go build -o "$dir/marsad" ./cmd/marsad
	echo "== simulate ${POSTS} posts and import"
	"$dir/marsad" simulate --seed 7 --scale 1 --posts "$POSTS" --out "$dir/scn" -q
	"$dir/marsad" --db "$dir/m.db" import "$dir/scn" -q >/dev/null
	for a in coordination hubs roles; do
		echo "== marsad analyze $a"
		/usr/bin/time -v "$dir/marsad" --db "$dir/m.db" analyze "$a" --format json >/dev/null 2>"$dir/time" || { cat "$dir/time"; exit 1; }
		grep -E 'Elapsed|User time|Maximum resident' "$dir/time"
	done
fi
