package ingest

import (
	"strings"

	"github.com/marsad-project/marsad"
)

// File statuses in FileResult.Status.
const (
	FileImported = "imported"
	FileSkipped  = "skipped"
	FileFailed   = "failed"
)

// FileResult is what happened to one file.
type FileResult struct {
	Path     string              `json:"file"`
	Format   string              `json:"format,omitempty"`
	Status   string              `json:"status"`
	Message  string              `json:"message,omitempty"`
	SourceID int64               `json:"source_id,omitempty"`
	Counts   marsad.ImportCounts `json:"counts"`
	Notices  []string            `json:"notices,omitempty"`
	// HashesRead counts the media-hash rows read; Counts.MediaHashes counts
	// only the stored items they changed, which is 0 when the hashes arrive
	// before the posts and accounts they belong to (they are kept by URL for
	// those later imports).
	HashesRead int64 `json:"media_hashes_read,omitempty"`
}

// Summary is the result of Import: one entry per file, in the order
// processed, and the totals of imported files.
type Summary struct {
	Files       []FileResult        `json:"files"`
	Total       marsad.ImportCounts `json:"total"`
	RejectsPath string              `json:"rejects_file,omitempty"` // set when rejects were written
	// RejectsWritten counts the lines of the rejects file, including the
	// rejects of files that failed and were rolled back.
	RejectsWritten int64 `json:"rejects_written,omitempty"`
}

// nothingRead returns an EINVALID error when no file yielded a record and
// none was already imported.
func nothingRead(sum Summary) error {
	var msgs []string
	for _, f := range sum.Files {
		c := f.Counts
		read := c.Accounts + c.Posts + c.Follows + c.StatusChanges + c.Watchlist + c.MediaHashes + c.Duplicates + f.HashesRead
		if f.Status == FileImported && read > 0 || f.Status == FileSkipped && f.SourceID != 0 {
			return nil
		}
		if f.Message != "" {
			msgs = append(msgs, f.Message)
		} else {
			msgs = append(msgs, f.Path+": no valid records")
		}
	}
	if len(sum.Files) == 0 {
		return marsad.Errorf(marsad.EINVALID, "no files to import")
	}
	return marsad.Errorf(marsad.EINVALID, "nothing could be read from any file: %s", strings.Join(msgs, "; "))
}
