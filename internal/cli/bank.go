package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/media/bank"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/spf13/cobra"
)

func newBankCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bank",
		Short: "manage hash banks of known images and match posts' media against them",
		Long: `A hash bank is a named list of perceptual hashes of known images: a group's
releases, photos of watchlisted people, old photos already debunked. Banks are
kept in the store and exchanged as hash lists compatible with Meta's
Hasher-Matcher-Actioner and ThreatExchange tools (csv, txt, json).`,
		Example: `  marsad bank create releases --description "official media office"
  marsad bank import releases gifct-export.csv
  marsad bank add releases poster.jpg --label amaq
  marsad bank match --media-dir ./media
  marsad bank recycled --min-gap 30d --media-dir ./media`,
	}
	cmd.AddCommand(newBankCreateCmd(app), newBankAddCmd(app), newBankImportCmd(app), newBankExportCmd(app),
		newBankListCmd(app), newBankDeleteCmd(app), newBankMatchCmd(app), newBankRecycledCmd(app))
	return cmd
}

// bankStore opens the store and returns its bank service; the caller
// closes the store.
func bankStore(ctx context.Context, app *App) (marsad.Store, marsad.BankService, error) {
	st, err := app.store(ctx)
	if err != nil {
		return nil, nil, err
	}
	bs, ok := st.(marsad.BankService)
	if !ok {
		st.Close()
		return nil, nil, marsad.Errorf(marsad.ENOTIMPLEMENTED, "this store does not keep hash banks")
	}
	return st, bs, nil
}

func newBankCreateCmd(app *App) *cobra.Command {
	var desc string
	cmd := &cobra.Command{
		Use:     "create NAME",
		Short:   "create an empty bank",
		Example: `  marsad bank create releases --description "official media office posters"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, bs, err := bankStore(cmd.Context(), app)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := bs.CreateBank(cmd.Context(), marsad.Bank{Name: args[0], Description: desc}); err != nil {
				if marsad.ErrorCode(err) == marsad.ECONFLICT {
					// A taken name is the user's mistake, not an internal error.
					return marsad.Errorf(marsad.EINVALID, "bank %q already exists (marsad bank add or import add to it)", args[0])
				}
				return err
			}
			if !app.Quiet {
				fmt.Fprintf(app.Stderr, "created bank %q\n", args[0])
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&desc, "description", "", "what the bank holds")
	return cmd
}

// entryFlags are the metadata flags shared by add and import.
type entryFlags struct {
	Labels []string
	Source string
	Note   string
}

func (f *entryFlags) register(cmd *cobra.Command) {
	cmd.Flags().StringSliceVar(&f.Labels, "label", nil, "label to attach to every hash (repeatable)")
	cmd.Flags().StringVar(&f.Source, "source", "", "who shared these images or where they come from")
	cmd.Flags().StringVar(&f.Note, "note", "", "free-text note")
}

func (f *entryFlags) apply(e *media.Entry) {
	e.Labels = append(e.Labels, f.Labels...)
	if e.Source == "" {
		e.Source = f.Source
	}
	if e.Note == "" {
		e.Note = f.Note
	}
}

func newBankAddCmd(app *App) *cobra.Command {
	var f entryFlags
	var maxPixels int64
	cmd := &cobra.Command{
		Use:   "add NAME FILE|DIR|HASH...",
		Short: "add images (hashed here) or hashes (64 hex = PDQ, 16 hex = pHash) to a bank",
		Example: `  marsad bank add releases poster.jpg posters/ --label amaq --source "partner NGO"
  marsad bank add debunked f8f8f0cee0f4a84f06370a22028f67f0b36e2ed596621e1d33e6b39c4e9c9b22`,
		Long: `Adds each argument to the bank: an image file is hashed (PDQ and pHash; a PDQ
hash with quality below 50 is left out, as upstream advises, and the pHash
kept); anything else must be a hex hash.`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var entries []media.Entry
			failed := 0
			items := expandImageArgs(args[1:])
			for _, a := range items {
				es, err := entriesForArg(app, a, imagefile.Limits{MaxPixels: maxPixels})
				if err != nil {
					failed++
					fmt.Fprintf(app.Stderr, "marsad bank add: %s\n", ErrorText(err))
					continue
				}
				for i := range es {
					f.apply(&es[i])
				}
				entries = append(entries, es...)
			}
			st, bs, err := bankStore(cmd.Context(), app)
			if err != nil {
				return err
			}
			defer st.Close()
			added, err := bs.AddBankEntries(cmd.Context(), args[0], bank.ToStore(args[0], entries))
			if err != nil {
				return err
			}
			fmt.Fprintf(app.Stdout, "added %d new hashes to bank %q (%d already there)\n", added, args[0], len(entries)-added)
			if failed > 0 {
				return marsad.Errorf(marsad.EINVALID, "%d of %d images or hashes could not be added", failed, len(items))
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().Int64Var(&maxPixels, "max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this")
	return cmd
}

// entriesForArg turns one `bank add` argument into entries: an existing
// file is hashed, anything else parsed as a hex hash.
func entriesForArg(app *App, a string, lim imagefile.Limits) ([]media.Entry, error) {
	if _, err := os.Stat(a); err != nil {
		kind, kerr := media.KindOf(a)
		if kerr != nil {
			return nil, fmt.Errorf("%s: %w", a, marsad.Errorf(marsad.EINVALID, "neither a readable file nor a 64/16-hex hash"))
		}
		norm, err := media.NormalizeHash(kind, a)
		if err != nil {
			return nil, err
		}
		return []media.Entry{{Kind: kind, Hash: norm}}, nil
	}
	h, err := media.HashFile(a, lim)
	if err != nil {
		return nil, err
	}
	uri := filepath.Base(a)
	es := []media.Entry{{Kind: media.KindPHash, Hash: media.FormatHash64(h.PHash), ContentURI: uri}}
	if h.Quality >= pdq.MinQuality {
		es = append([]media.Entry{{Kind: media.KindPDQ, Hash: h.PDQ.String(), Quality: h.Quality, ContentURI: uri}}, es...)
	} else if !app.Quiet {
		fmt.Fprintf(app.Stderr, "marsad bank add: %s: PDQ quality %d is below %d (too little detail); adding its pHash only\n", a, h.Quality, pdq.MinQuality)
	}
	return es, nil
}

func newBankImportCmd(app *App) *cobra.Command {
	var f entryFlags
	var format string
	var create bool
	cmd := &cobra.Command{
		Use:   "import NAME FILE",
		Short: "import a hash list (csv, txt or json; HMA / ThreatExchange compatible) into a bank",
		Example: `  marsad bank import releases hma-export.csv --create
  marsad bank import releases hashes.txt`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			in, err := os.Open(args[1])
			if errors.Is(err, fs.ErrNotExist) {
				return marsad.Errorf(marsad.ENOTFOUND, "hash list %s: no such file", args[1])
			} else if err != nil {
				return marsad.Errorf(marsad.EINVALID, "hash list %s: %v", args[1], err)
			}
			defer in.Close()
			res, err := bank.Read(in, args[1], bank.Format(format))
			if err != nil {
				return err
			}
			for i, r := range res.Rejects {
				if i == maxShownRejects {
					fmt.Fprintf(app.Stderr, "%s: … and %d more rejected lines\n", args[1], len(res.Rejects)-i)
					break
				}
				fmt.Fprintf(app.Stderr, "%s:%d: %s\n", args[1], r.Line, r.Reason)
			}
			for i := range res.Entries {
				f.apply(&res.Entries[i])
			}
			st, bs, err := bankStore(ctx, app)
			if err != nil {
				return err
			}
			defer st.Close()
			if create {
				if err := bs.CreateBank(ctx, marsad.Bank{Name: args[0]}); err != nil && marsad.ErrorCode(err) != marsad.ECONFLICT {
					return err
				}
			}
			added, err := bs.AddBankEntries(ctx, args[0], bank.ToStore(args[0], res.Entries))
			if err != nil {
				return err
			}
			fmt.Fprintf(app.Stdout, "bank %q: %d new hashes, %d already there, %d skipped (not image hashes or known false positives), %d rejected\n",
				args[0], added, len(res.Entries)-added, res.Skipped, res.Rejected)
			if len(res.Entries) == 0 && res.Rejected > 0 {
				return marsad.Errorf(marsad.EINVALID, "no valid hash in %s", args[1])
			}
			return nil
		},
	}
	f.register(cmd)
	cmd.Flags().StringVar(&format, "format", "", "csv, txt or json (default: from the file name, else sniffed)")
	cmd.Flags().BoolVar(&create, "create", false, "create the bank if it does not exist")
	return cmd
}

func newBankExportCmd(app *App) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export NAME",
		Short: "write a bank as a hash list (csv, txt or json)",
		Example: `  marsad bank export releases > releases.csv
  marsad bank export releases --format json -o releases.json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			st, bs, err := bankStore(ctx, app)
			if err != nil {
				return err
			}
			defer st.Close()
			b, err := bs.FindBank(ctx, args[0])
			if err != nil {
				return err
			}
			es, err := bs.ListBankEntries(ctx, args[0])
			if err != nil {
				return err
			}
			w := app.Stdout
			if output != "" && output != "-" {
				f, err := os.Create(output)
				if err != nil {
					return marsad.Errorf(marsad.EINVALID, "export to %s: %v", output, err)
				}
				defer f.Close()
				w = f
			}
			if err := bank.Write(w, bank.Format(format), *b, bank.ToMedia(es)); err != nil {
				return fmt.Errorf("export bank %q: %w", args[0], err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "csv", "csv, txt or json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	return cmd
}

func newBankListCmd(app *App) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "list [NAME]",
		Short: "list banks, or the hashes of one bank",
		Example: `  marsad bank list
  marsad bank list releases --format json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return marsad.Errorf(marsad.EINVALID, "--format %q: bank list supports table or json", format)
			}
			ctx := cmd.Context()
			st, bs, err := bankStore(ctx, app)
			if err != nil {
				return err
			}
			defer st.Close()
			if len(args) == 1 {
				es, err := bs.ListBankEntries(ctx, args[0])
				if err != nil {
					return err
				}
				if format == "json" {
					return writeJSON(app.Stdout, bank.ToMedia(es))
				}
				tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "KIND\tHASH\tQUALITY\tLABELS\tSOURCE")
				for _, e := range es {
					fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", e.Kind, e.Hash, e.Quality, strings.Join(e.Labels, " "), e.Source)
				}
				return tw.Flush()
			}
			banks, err := bs.ListBanks(ctx)
			if err != nil {
				return err
			}
			if format == "json" {
				type row struct {
					Name        string `json:"name"`
					Description string `json:"description,omitempty"`
					Entries     int64  `json:"entries"`
					CreatedAt   string `json:"created_at"`
				}
				rows := make([]row, 0, len(banks))
				for _, b := range banks {
					rows = append(rows, row{b.Name, b.Description, b.Entries, b.CreatedAt.UTC().Format("2006-01-02T15:04:05Z")})
				}
				return writeJSON(app.Stdout, rows)
			}
			tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "BANK\tHASHES\tCREATED\tDESCRIPTION")
			for _, b := range banks {
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", b.Name, b.Entries, b.CreatedAt.UTC().Format("2006-01-02"), b.Description)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "table or json")
	return cmd
}

func newBankDeleteCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:     "delete NAME",
		Short:   "delete a bank and its hashes",
		Example: `  marsad bank delete old-bank`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, bs, err := bankStore(cmd.Context(), app)
			if err != nil {
				return err
			}
			defer st.Close()
			return bs.DeleteBank(cmd.Context(), args[0])
		},
	}
}

// maxShownRejects is how many rejected lines of a hash list are printed: a
// file that is not a hash list at all would otherwise flood the terminal.
const maxShownRejects = 10
