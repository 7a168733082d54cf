// Package marsad holds the domain vocabulary of marsad (مرصد, "observatory"):
// the platform-agnostic records that importers produce, the store interfaces
// that persist them, and the one error type shared by every layer.
//
// The package imports only the standard library. Implementations live under
// internal/: internal/sqlstore (SQL for SQLite and PostgreSQL), internal/ingest
// (importers), internal/snapshot (the in-memory view analyses share) and
// internal/analysis/... (the detections). See docs/ARCHITECTURE.md.
package marsad
