package marsad

import "time"

// Source is one imported file. Every stored record keeps its source id so
// that any result can be traced back to the file (and line) it came from.
type Source struct {
	ID         int64
	Path       string // as given on the command line
	SHA256     string // hex of the file's bytes as stored on disk (before decompression)
	Format     string // importer name, e.g. "twarc2"
	ImportedAt time.Time
	Counts     ImportCounts
}

// ImportCounts are the per-record-type totals of one import. Added counts only
// new records; Duplicates counts records already in the store (re-imports).
type ImportCounts struct {
	Accounts      int64 `json:"accounts"`
	Posts         int64 `json:"posts"`
	Follows       int64 `json:"follows"`
	StatusChanges int64 `json:"status_changes"`
	Watchlist     int64 `json:"watchlist"`
	MediaHashes   int64 `json:"media_hashes"`
	Duplicates    int64 `json:"duplicates"`
	Rejects       int64 `json:"rejects"`
}

// Add adds o to c field by field.
func (c *ImportCounts) Add(o ImportCounts) {
	c.Accounts += o.Accounts
	c.Posts += o.Posts
	c.Follows += o.Follows
	c.StatusChanges += o.StatusChanges
	c.Watchlist += o.Watchlist
	c.MediaHashes += o.MediaHashes
	c.Duplicates += o.Duplicates
	c.Rejects += o.Rejects
}

// Reject is an input record that could not be imported: where it was, why,
// and an excerpt of the raw bytes (bounded, valid UTF-8) for the rejects report.
type Reject struct {
	File   string `json:"file"`
	Line   int64  `json:"line"`
	Reason string `json:"reason"`
	Raw    string `json:"raw"`
}
