package ingest

// CNTCSV is the cnt-csv format: coordination-network-toolkit CSV input
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var CNTCSV = Format{Name: "cnt-csv", Description: "coordination-network-toolkit CSV input"}
