package ingest

// FollowsCSV is the follows format: CSV follower_id,followee_id
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var FollowsCSV = Format{Name: "follows", Description: "CSV follower_id,followee_id"}
