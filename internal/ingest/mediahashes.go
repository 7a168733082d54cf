package ingest

// MediaHashesCSV is the media-hashes format: CSV media_url,hash (16 hex pHash or 64 hex PDQ)
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var MediaHashesCSV = Format{Name: "media-hashes", Description: "CSV media_url,hash (16 hex pHash or 64 hex PDQ)"}
