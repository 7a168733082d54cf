package ingest

// Zeeschuimer is the zeeschuimer format: Zeeschuimer/4CAT NDJSON captures of X (twitter.com) timelines
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var Zeeschuimer = Format{Name: "zeeschuimer", Description: "Zeeschuimer/4CAT NDJSON captures of X (twitter.com) timelines"}
