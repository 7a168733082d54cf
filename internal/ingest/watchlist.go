package ingest

// WatchlistCSV is the watchlist format: CSV of protected accounts: account_id or screen_name, optional photo or photo_hash
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var WatchlistCSV = Format{Name: "watchlist", Description: "CSV of protected accounts: account_id or screen_name, optional photo or photo_hash"}
