package ingest

// GenericCSV is the csv format: any CSV of posts through a column mapping (--map field=column,...)
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var GenericCSV = Format{Name: "csv", Description: "any CSV of posts through a column mapping (--map field=column,...)"}
