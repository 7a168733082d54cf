// Package sim writes a deterministic synthetic scenario of an extremist
// organisation's "media army" and the people around it, together with the
// ground truth (Truth) that every marsad analysis is measured on.
//
// The scenario is written in the public formats marsad imports — Twitter API
// v1.1 tweet objects (tweets.jsonl), twarc2 v2 pages (twarc2.jsonl), and the
// follows, status, watchlist and media-hashes CSVs — so that evaluation goes
// through the same importers as real data. truth.json is not importable.
//
// Everything observable (handles, names, wording, sizes, timings) is drawn
// from the seed through templates, slot filling, orthographic noise and
// distributions, so that detectors must learn behaviour rather than
// constants. The same Config gives byte-identical files; a different seed
// gives a different cast, wording and timing. See docs/SCENARIO.md.
package sim
