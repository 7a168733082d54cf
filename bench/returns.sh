#!/bin/sh
# Time and peak memory of `marsad analyze returns` on a generated population
# of 100k accounts with 10k suspensions (internal/analysis/returns
# BenchmarkAnalyze100k). Peak RSS includes building the synthetic snapshot.
set -eu
cd "$(dirname "$0")/.."
go test -c -o /tmp/returns.test ./internal/analysis/returns/
/usr/bin/time -v /tmp/returns.test -test.run '^$' -test.bench BenchmarkAnalyze100k -test.benchtime 1x -test.benchmem 2>&1 |
	grep -E 'Benchmark|ns/op|Maximum resident|Elapsed|User time|System time'
