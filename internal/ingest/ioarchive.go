package ingest

// IOArchive is the io-archive format: Twitter Information Operations archive tweets CSV
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var IOArchive = Format{Name: "io-archive", Description: "Twitter Information Operations archive tweets CSV"}
