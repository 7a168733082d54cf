package ingest

// Twarc2 is the twarc2 format: Twitter API v2 responses as written by twarc2 (JSONL pages with data/includes/errors, or flattened)
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var Twarc2 = Format{Name: "twarc2", Description: "Twitter API v2 responses as written by twarc2 (JSONL pages with data/includes/errors, or flattened)"}
