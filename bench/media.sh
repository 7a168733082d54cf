#!/bin/sh
# Media hashing benchmarks (docs/MEDIA.md):
#  1. the Hamming index against a linear scan on 1M 256-bit hashes (random
#     plus clusters of near-duplicates; half the queries are near-duplicates
#     of stored hashes), radius 31; the ratio of the two; recall check;
#  2. PDQ hashing throughput on the 1600×1004 reference photo;
#  3. the robustness table over the reference images (needs ../shared).
set -eu
cd "$(dirname "$0")/.."
go test -c -o /tmp/media-index.test ./internal/media/index/
/usr/bin/time -v /tmp/media-index.test -test.run '^$' -test.bench 'Query1M|LinearScan1M|Recall1M|Build1M' \
	-test.benchtime 2s -test.benchmem 2>&1 | tee /tmp/media-index.out |
	grep -E '^Benchmark|Maximum resident'
awk '/^BenchmarkQuery1M/ {q=$3} /^BenchmarkLinearScan1M/ {l=$3}
	END { if (q > 0) printf "index speed-up over linear scan at 1M hashes: %.0fx (%.1f µs vs %.0f µs per query)\n", l/q, q/1000, l/1000 }' /tmp/media-index.out
go test -run '^$' -bench 'FromImageBridge|DecodeBridge' -benchtime 20x ./internal/media/pdq/ | grep -E '^Benchmark'
go test -run "^$" -bench FindRecycled100k -benchtime 1x -benchmem ./internal/media/ | grep -E "^Benchmark"
go test -run TestRobustness -v ./internal/media/ | sed -n 's/^        //p'
