package ingest

// TweetV1 is the tweet-v1 format: Twitter API v1.1 tweet objects (JSON array, JSONL, or search responses)
// TODO(ingest): not implemented yet; Detect is nil so it is never chosen.
var TweetV1 = Format{Name: "tweet-v1", Description: "Twitter API v1.1 tweet objects (JSON array, JSONL, or search responses)"}
