package ingest

// Telegram is the telegram format: Telegram Desktop chat export (result.json)
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var Telegram = Format{Name: "telegram", Description: "Telegram Desktop chat export (result.json)"}
