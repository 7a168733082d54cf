package cli

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/media/bank"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/spf13/cobra"
)

// mediaResolver finds the hashes of posts' media: the hashes stored with
// the media (media-hashes imports), else the image file at the media's
// local path, else a file in --media-dir named like the URL. Files are
// hashed once however many posts carry them.
type mediaResolver struct {
	dir   string
	lim   imagefile.Limits
	cache map[string]resolved
	// Counts for the summary: media items seen, with stored hashes, hashed
	// from files, with no hash and no file (not errors: a collection rarely
	// downloads every image), and files that could not be decoded.
	Media, Stored, Hashed, Missing, Unreadable int
}

type resolved struct {
	h   media.Hashes
	ok  bool
	err error
}

func newMediaResolver(dir string, lim imagefile.Limits) *mediaResolver {
	return &mediaResolver{dir: dir, lim: lim, cache: map[string]resolved{}}
}

// localFile returns the first existing file for m, or "".
func (r *mediaResolver) localFile(m *marsad.Media) string {
	var cands []string
	if m.LocalPath != "" {
		cands = append(cands, m.LocalPath)
	}
	if r.dir != "" && m.URL != "" {
		p := m.URL
		if u, err := url.Parse(m.URL); err == nil && u.Scheme != "" {
			p = u.Path
		} else {
			cands = append(cands, filepath.Join(r.dir, filepath.FromSlash(m.URL))) // path inside an export
		}
		if base := path.Base(p); base != "." && base != "/" && base != "" {
			cands = append(cands, filepath.Join(r.dir, base))
		}
	}
	for _, c := range cands {
		if fi, err := os.Stat(c); err == nil && fi.Mode().IsRegular() {
			return c
		}
	}
	return ""
}

// hashes returns the stored hex hashes of m (PDQ, pHash) or the hashes of
// its file. ok is false when there is neither.
func (r *mediaResolver) resolve(m *marsad.Media) (stored []string, h media.Hashes, ok bool) {
	r.Media++
	for _, s := range []string{m.PDQ, m.PHash} {
		if s != "" {
			stored = append(stored, s)
		}
	}
	if len(stored) > 0 {
		r.Stored++
		return stored, h, true
	}
	f := r.localFile(m)
	if f == "" {
		r.Missing++
		return nil, h, false
	}
	res, seen := r.cache[f]
	if !seen {
		hh, err := media.HashFile(f, r.lim)
		res = resolved{h: hh, ok: err == nil, err: err}
		r.cache[f] = res
	}
	if !res.ok {
		r.Unreadable++
		return nil, h, false
	}
	r.Hashed++
	return nil, res.h, true
}

// bankMatchRow is one match of `marsad bank match --format json`.
type bankMatchRow struct {
	Post      string    `json:"post,omitempty"` // platform/id
	Account   string    `json:"account,omitempty"`
	Handle    string    `json:"handle,omitempty"`
	CreatedAt time.Time `json:"created_at,omitzero"`
	MediaURL  string    `json:"media_url,omitempty"`
	File      string    `json:"file,omitempty"`
	Bank      string    `json:"bank"`
	Kind      string    `json:"kind"`
	Hash      string    `json:"bank_hash"`
	Distance  int       `json:"distance"`
	Dihedral  string    `json:"dihedral,omitempty"`
	Labels    []string  `json:"labels,omitempty"`
	Source    string    `json:"source,omitempty"`
}

type bankMatchFlags struct {
	Banks      []string
	MediaDir   string
	PDQ, PHash int
	Dihedral   bool
	Format     string
	MaxPixels  int64
}

func newBankMatchCmd(app *App) *cobra.Command {
	f := &bankMatchFlags{}
	cmd := &cobra.Command{
		Use:   "match [FILE...]",
		Short: "match posts' media (or the given image files) against hash banks",
		Example: `  marsad bank match --media-dir ./media
  marsad bank match --bank releases --dihedral suspect.jpg
  marsad bank match --format json > matches.json`,
		Long: `Without files, matches every stored post's media against the banks: media
with stored hashes (media-hashes imports) directly, others by hashing the
local file (the media's local path, or --media-dir plus the URL's file name
or export path). Media with neither are counted, not errors. With files,
matches those images. Every match names the bank entry and the distance.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBankMatch(cmd.Context(), app, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&f.Banks, "bank", nil, "bank to match against (repeatable; default all)")
	fl.StringVar(&f.MediaDir, "media-dir", "", "directory holding downloaded media files")
	fl.IntVar(&f.PDQ, "pdq-threshold", media.DefaultPDQThreshold, "largest PDQ Hamming distance that is a match (-1 disables)")
	fl.IntVar(&f.PHash, "phash-threshold", media.DefaultPHashThreshold, "largest pHash Hamming distance that is a match (-1 disables)")
	fl.BoolVar(&f.Dihedral, "dihedral", false, "also match rotated and mirrored copies (PDQ)")
	fl.StringVar(&f.Format, "format", "table", "table or json")
	fl.Int64Var(&f.MaxPixels, "max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	return cmd
}

// loadMatcher builds one matcher over the named banks (all when none),
// returning the bank name of every entry.
func loadMatcher(ctx context.Context, bs marsad.BankService, names []string) (*media.Matcher, []string, error) {
	if len(names) == 0 {
		banks, err := bs.ListBanks(ctx)
		if err != nil {
			return nil, nil, err
		}
		for _, b := range banks {
			names = append(names, b.Name)
		}
	}
	if len(names) == 0 {
		return nil, nil, marsad.Errorf(marsad.ENOTFOUND, "no hash banks yet (marsad bank create / import)")
	}
	var all []media.Entry
	var bankOf []string
	for _, n := range names {
		es, err := bs.ListBankEntries(ctx, n)
		if err != nil {
			return nil, nil, err
		}
		all = append(all, bank.ToMedia(es)...)
		for range es {
			bankOf = append(bankOf, n)
		}
	}
	m, err := media.NewMatcher(all)
	return m, bankOf, err
}

func runBankMatch(ctx context.Context, app *App, f *bankMatchFlags, files []string) error {
	if f.Format != "table" && f.Format != "json" {
		return marsad.Errorf(marsad.EINVALID, "--format %q: bank match supports table or json", f.Format)
	}
	st, bs, err := bankStore(ctx, app)
	if err != nil {
		return err
	}
	defer st.Close()
	m, bankOf, err := loadMatcher(ctx, bs, f.Banks)
	if err != nil {
		return err
	}
	th := media.DefaultThresholds()
	th.PDQ, th.PHash, th.Dihedral = f.PDQ, f.PHash, f.Dihedral
	toRows := func(base bankMatchRow, ms []media.Match) []bankMatchRow {
		var out []bankMatchRow
		for _, x := range ms {
			e := m.Entry(x.Entry)
			r := base
			r.Bank, r.Kind, r.Hash, r.Distance, r.Labels, r.Source = bankOf[x.Entry], string(x.Kind), e.Hash, x.Distance, e.Labels, e.Source
			if x.Dihedral != 0 {
				r.Dihedral = x.Dihedral.String()
			}
			out = append(out, r)
		}
		return out
	}
	rows := []bankMatchRow{}
	res := newMediaResolver(f.MediaDir, imagefile.Limits{MaxPixels: f.MaxPixels})
	failed := 0
	if len(files) > 0 {
		for i, r := range hashFiles(files, res.lim) {
			if r.err != nil {
				failed++
				fmt.Fprintf(app.Stderr, "marsad bank match: %s\n", ErrorText(r.err))
				continue
			}
			rows = append(rows, toRows(bankMatchRow{File: files[i]}, m.Match(r.h, th))...)
		}
	} else {
		err = st.ScanPosts(ctx, marsad.PostFilter{}, func(p *marsad.Post) error {
			for i := range p.Media {
				md := &p.Media[i]
				stored, h, ok := res.resolve(md)
				if !ok {
					continue
				}
				base := bankMatchRow{Post: p.Platform + "/" + p.ID, Account: p.AccountID, Handle: p.AccountHandle, CreatedAt: p.CreatedAt, MediaURL: md.URL}
				var ms []media.Match
				if stored != nil {
					for _, s := range stored {
						got, err := m.MatchHex(s, th)
						if err != nil {
							return fmt.Errorf("post %s media %s: %w", base.Post, md.URL, err)
						}
						ms = append(ms, got...)
					}
				} else {
					ms = m.Match(h, th)
				}
				rows = append(rows, toRows(base, ms)...)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if err := writeBankMatches(app, f.Format, rows, res, len(files) > 0); err != nil {
		return err
	}
	if failed > 0 {
		return marsad.Errorf(marsad.EINVALID, "%d of %d files could not be hashed", failed, len(files))
	}
	return nil
}

func writeBankMatches(app *App, format string, rows []bankMatchRow, res *mediaResolver, files bool) error {
	if format == "json" {
		if files {
			return writeJSON(app.Stdout, rows)
		}
		return writeJSON(app.Stdout, map[string]any{"media": res.Media, "stored_hashes": res.Stored, "hashed_files": res.Hashed,
			"missing": res.Missing, "unreadable": res.Unreadable, "matches": rows})
	}
	if !files {
		fmt.Fprintf(app.Stdout, "media %d: %d with stored hashes, %d hashed from files, %d without hash or file, %d unreadable; %d matches\n",
			res.Media, res.Stored, res.Hashed, res.Missing, res.Unreadable, len(rows))
	}
	tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHERE\tBANK\tKIND\tDIST\tLABELS\tBANK HASH")
	for _, r := range rows {
		where := r.File
		if where == "" {
			where = fmt.Sprintf("%s @%s %s", r.Post, r.Handle, r.CreatedAt.UTC().Format("2006-01-02"))
		}
		kind := r.Kind
		if r.Dihedral != "" {
			kind += " (" + r.Dihedral + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\n", where, r.Bank, kind, r.Distance, strings.Join(r.Labels, " "), r.Hash)
	}
	return tw.Flush()
}
