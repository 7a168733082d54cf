package cli

import (
	"fmt"
	"io"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

// statsJSON is the DESIGN.md §5 output of `marsad stats --format json`, with
// the post kinds in the documented order and always all present.
type statsJSON struct {
	Accounts    int64 `json:"accounts"`
	Posts       int64 `json:"posts"`
	PostsByKind struct {
		Post   int64 `json:"post"`
		Repost int64 `json:"repost"`
		Reply  int64 `json:"reply"`
		Quote  int64 `json:"quote"`
	} `json:"posts_by_kind"`
	Follows       int64 `json:"follows"`
	StatusChanges int64 `json:"status_changes"`
	Media         int64 `json:"media"`
	Sources       int64 `json:"sources"`
	Rejects       int64 `json:"rejects"`
}

func toStatsJSON(s marsad.Stats) statsJSON {
	var j statsJSON
	j.Accounts, j.Posts = s.Accounts, s.Posts
	j.PostsByKind.Post = s.PostsByKind[marsad.PostOriginal]
	j.PostsByKind.Repost = s.PostsByKind[marsad.PostRepost]
	j.PostsByKind.Reply = s.PostsByKind[marsad.PostReply]
	j.PostsByKind.Quote = s.PostsByKind[marsad.PostQuote]
	j.Follows, j.StatusChanges, j.Media = s.Follows, s.StatusChanges, s.Media
	j.Sources, j.Rejects = s.Sources, s.Rejects
	return j
}

func newStatsCmd(app *App) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "count stored records per type",
		Long: `stats counts what the store holds: accounts, posts (by kind), follows,
status changes, media items, imported sources and rejected input records.`,
		Example: `  marsad stats
  marsad --db team.db stats --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return marsad.Errorf(marsad.EINVALID, "--format %q: stats supports table or json", format)
			}
			s, err := app.store(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			st, err := s.Stats(cmd.Context())
			if err != nil {
				return fmt.Errorf("stats: %w", err)
			}
			if format == "json" {
				return writeJSON(app.Stdout, toStatsJSON(st))
			}
			return writeStatsTable(app.Stdout, toStatsJSON(st))
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output: table|json")
	return cmd
}

// writeStatsTable prints the counts as an aligned two-column table.
func writeStatsTable(w io.Writer, j statsJSON) error {
	rows := []struct {
		name string
		n    int64
	}{
		{"accounts", j.Accounts},
		{"posts", j.Posts},
		{"  original posts", j.PostsByKind.Post},
		{"  reposts", j.PostsByKind.Repost},
		{"  replies", j.PostsByKind.Reply},
		{"  quotes", j.PostsByKind.Quote},
		{"follows", j.Follows},
		{"status changes", j.StatusChanges},
		{"media", j.Media},
		{"sources", j.Sources},
		{"rejects", j.Rejects},
	}
	width := len(fmt.Sprint(j.Posts + j.Accounts + j.Follows + j.StatusChanges + j.Media + j.Sources + j.Rejects))
	for _, r := range rows {
		if _, err := fmt.Fprintf(w, "%-16s %*d\n", r.name, width, r.n); err != nil {
			return err
		}
	}
	return nil
}
