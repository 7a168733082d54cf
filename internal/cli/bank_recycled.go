package cli

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/spf13/cobra"
)

// recycledSide is one sighting in `marsad bank recycled` output.
type recycledSide struct {
	Post      string    `json:"post"`
	Handle    string    `json:"handle,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	MediaURL  string    `json:"media_url,omitempty"`
}

type recycledRow struct {
	recycledSide
	Earliest recycledSide `json:"earliest"`
	GapDays  float64      `json:"gap_days"`
	Kind     string       `json:"kind"`
	Distance int          `json:"distance"`
}

func newBankRecycledCmd(app *App) *cobra.Command {
	var mediaDir, minGap, format string
	var maxPixels int64
	cmd := &cobra.Command{
		Use:   "recycled",
		Short: "find posts whose image was already posted much earlier (old photos passed off as new)",
		Example: `  marsad bank recycled --media-dir ./media
  marsad bank recycled --min-gap 90d --format json`,
		Long: `Compares every post's images (stored hashes, or files found as in bank match)
with all earlier posts' images and flags a post whose image matches one first
posted at least --min-gap earlier, with that earliest post as evidence.
Reposts are not sightings (they show the original post, not a new claim).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			gap, err := parseGap(minGap)
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "--min-gap %q: want a positive duration such as 30d or 72h", minGap)
			}
			if format != "table" && format != "json" {
				return marsad.Errorf(marsad.EINVALID, "--format %q: bank recycled supports table or json", format)
			}
			return runRecycled(cmd.Context(), app, mediaDir, gap, format, imagefile.Limits{MaxPixels: maxPixels})
		},
	}
	cmd.Flags().StringVar(&mediaDir, "media-dir", "", "directory holding downloaded media files")
	cmd.Flags().StringVar(&minGap, "min-gap", "30d", "how much earlier the first sighting must be (e.g. 30d, 720h)")
	cmd.Flags().StringVar(&format, "format", "table", "table or json")
	cmd.Flags().Int64Var(&maxPixels, "max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	return cmd
}

func runRecycled(ctx context.Context, app *App, dir string, gap time.Duration, format string, lim imagefile.Limits) error {
	st, err := app.store(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	res := newMediaResolver(dir, lim)
	var sightings []media.Sighting
	sides := map[string]recycledSide{}
	err = st.ScanPosts(ctx, marsad.PostFilter{}, func(p *marsad.Post) error {
		if p.Kind == marsad.PostRepost {
			return nil
		}
		for i := range p.Media {
			md := &p.Media[i]
			stored, h, ok := res.resolve(md)
			if !ok {
				continue
			}
			s := media.Sighting{ID: p.Platform + "/" + p.ID + "#" + strconv.Itoa(i), Seen: p.CreatedAt}
			switch {
			case md.PDQ != "":
				s.Hash = md.PDQ
			case stored != nil:
				s.Hash = stored[0]
			case h.Quality >= pdq.MinQuality:
				s.Hash, s.Quality = h.PDQ.String(), h.Quality
			default:
				s.Hash = media.FormatHash64(h.PHash)
			}
			sightings = append(sightings, s)
			sides[s.ID] = recycledSide{Post: p.Platform + "/" + p.ID, Handle: p.AccountHandle, CreatedAt: p.CreatedAt, MediaURL: md.URL}
		}
		return nil
	})
	if err != nil {
		return err
	}
	found, skipped := media.FindRecycled(sightings, media.RecycledOptions{MinGap: gap})
	rows := make([]recycledRow, 0, len(found))
	for _, r := range found {
		kind, _ := media.KindOf(r.Item.Hash)
		rows = append(rows, recycledRow{recycledSide: sides[r.Item.ID], Earliest: sides[r.Earliest.ID],
			GapDays: r.Gap.Hours() / 24, Kind: string(kind), Distance: r.Distance})
	}
	if format == "json" {
		return writeJSON(app.Stdout, map[string]any{"media": res.Media, "sightings": len(sightings), "missing": res.Missing,
			"unreadable": res.Unreadable, "bad_hashes": skipped, "min_gap_days": gap.Hours() / 24, "recycled": rows})
	}
	fmt.Fprintf(app.Stdout, "media %d: %d sightings compared (%d without hash or file, %d unreadable); %d recycled\n",
		res.Media, len(sightings), res.Missing, res.Unreadable, len(rows))
	tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "POST\tHANDLE\tDATE\tFIRST POSTED\tBY\tON\tGAP (DAYS)\tDIST")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t@%s\t%s\t%s\t@%s\t%s\t%.0f\t%s %d\n", r.Post, r.Handle, r.CreatedAt.UTC().Format("2006-01-02"),
			r.Earliest.Post, r.Earliest.Handle, r.Earliest.CreatedAt.UTC().Format("2006-01-02"), r.GapDays, r.Kind, r.Distance)
	}
	return tw.Flush()
}
