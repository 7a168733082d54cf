package ingest

// StatusCSV is the status format: CSV account_id,screen_name,status,suspended_at
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var StatusCSV = Format{Name: "status", Description: "CSV account_id,screen_name,status,suspended_at"}
