package ingest

// CrowdTangle is the crowdtangle format: CrowdTangle CSV export of Facebook posts
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var CrowdTangle = Format{Name: "crowdtangle", Description: "CrowdTangle CSV export of Facebook posts"}
