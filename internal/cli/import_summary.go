package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
)

// writeImportSummary prints one row per file read (files skipped as not
// data are listed below the table instead) and the total, then the
// messages of failed and skipped files and, unless quiet, the notices.
func writeImportSummary(w io.Writer, sum ingest.Summary, notices bool) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "accounts\tposts\tfollows\tstatus changes\twatchlist\tmedia hashes\tduplicates\trejects\tformat\tstatus\t  file")
	row := func(name, format, status string, c marsad.ImportCounts) {
		fmt.Fprintf(tw, "%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t  %s\n",
			c.Accounts, c.Posts, c.Follows, c.StatusChanges, c.Watchlist, c.MediaHashes, c.Duplicates, c.Rejects, format, status, name)
	}
	var imported, skipped, failed int
	for _, f := range sum.Files {
		switch {
		case f.Status == ingest.FileImported:
			imported++
		case f.Status == ingest.FileSkipped:
			skipped++
		default:
			failed++
		}
		if f.Status != ingest.FileSkipped || f.SourceID != 0 {
			status := f.Status
			if f.Status == ingest.FileSkipped {
				status = "already imported"
			}
			row(f.Path, orDash(f.Format), status, f.Counts)
		}
	}
	row("", "", "total", sum.Total)
	tw.Flush()
	fmt.Fprintf(w, "%d files: %d imported, %d skipped, %d failed\n", len(sum.Files), imported, skipped, failed)
	for _, f := range sum.Files {
		if f.Status == ingest.FileFailed {
			fmt.Fprintf(w, "FAILED  %s\n", f.Message)
		}
	}
	// Skipped files: listed one per line up to maxSkippedListed, then
	// counted, so a folder of mixed files does not bury the summary.
	listed := 0
	for _, f := range sum.Files {
		if f.Status != ingest.FileSkipped {
			continue
		}
		if listed == maxSkippedListed {
			fmt.Fprintf(w, "skipped %d more files (marsad import --output json lists them all)\n", skipped-listed)
			break
		}
		fmt.Fprintf(w, "skipped %s\n", strings.TrimPrefix(f.Message, "skipped "))
		listed++
	}
	if notices {
		for _, f := range sum.Files {
			for _, n := range f.Notices {
				if n != f.Message {
					fmt.Fprintf(w, "notice  %s: %s\n", f.Path, n)
				}
			}
		}
	}
	if sum.RejectsPath != "" {
		noun := "rejects"
		if sum.RejectsWritten == 1 {
			noun = "reject"
		}
		fmt.Fprintf(w, "%d %s written to %s\n", sum.RejectsWritten, noun, sum.RejectsPath)
	}
}

// maxSkippedListed bounds the "skipped" lines of the import summary.
const maxSkippedListed = 10

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// parseSize parses "16MiB", "2GB", "512k" or a plain byte count.
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	mult := int64(1)
	lower := strings.ToLower(s)
	for _, u := range []struct {
		suffix string
		m      int64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40}, {"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
		{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40}, {"b", 1}} {
		if strings.HasSuffix(lower, u.suffix) {
			mult, s = u.m, strings.TrimSpace(s[:len(s)-len(u.suffix)])
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	return int64(n * float64(mult)), nil
}
