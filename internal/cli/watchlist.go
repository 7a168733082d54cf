package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/spf13/cobra"
)

func newWatchlistCmd(app *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "watchlist",
		Short: "manage the watchlist of protected accounts (activists, journalists)",
		Long: `The watchlist names the people marsad protects: campaigns against them and
threats or doxxing that target them are flagged. Entries are protected data:
real names are masked to initials unless --show-names is given.`,
		Example: `  marsad watchlist add --handle some_activist --name "Full Name" --photo face.jpg
  marsad watchlist list --format json
  marsad watchlist remove some_activist`,
	}
	cmd.AddCommand(newWatchlistAddCmd(app), newWatchlistListCmd(app), newWatchlistRemoveCmd(app))
	return cmd
}

func newWatchlistAddCmd(app *App) *cobra.Command {
	var e marsad.WatchlistEntry
	cmd := &cobra.Command{
		Use:   "add",
		Short: "add or update a protected account (by --id or --handle)",
		Example: `  marsad watchlist add --id 1234567890 --handle some_activist
  marsad watchlist add --handle journalist_x --name "Full Name" --photo face.jpg`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if e.AccountID == "" && e.Handle == "" {
				return marsad.Errorf(marsad.EINVALID, "watchlist add needs --id or --handle")
			}
			if err := resolvePhoto(&e); err != nil {
				return err
			}
			s, err := app.store(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.AddWatchlist(cmd.Context(), e); err != nil {
				return fmt.Errorf("watchlist add: %w", err)
			}
			who := e.AccountID
			if who == "" {
				who = "@" + strings.TrimPrefix(e.Handle, "@")
			}
			if !app.Quiet {
				fmt.Fprintf(app.Stderr, "watchlist: added or updated %s on %s\n", who, e.Platform)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&e.Platform, "platform", marsad.PlatformTwitter, "platform of the account")
	f.StringVar(&e.AccountID, "id", "", "platform account id")
	f.StringVar(&e.Handle, "handle", "", "handle (screen name), with or without @")
	f.StringVar(&e.Name, "name", "", "real name (protected: masked in outputs)")
	f.StringVar(&e.PhotoPath, "photo", "", "reference photo (its PDQ hash is computed unless --photo-hash is given)")
	f.StringVar(&e.PhotoHash, "photo-hash", "", "perceptual hash of the photo: 64 hex (PDQ) or 16 hex (pHash)")
	f.StringVar(&e.Note, "note", "", "free note for the team")
	return cmd
}

// resolvePhoto checks --photo-hash, or hashes --photo when no hash is given.
func resolvePhoto(e *marsad.WatchlistEntry) error {
	if e.PhotoHash != "" {
		h := strings.ToLower(strings.TrimSpace(e.PhotoHash))
		if _, err := media.KindOf(h); err != nil || (len(h) != 16 && len(h) != 64) {
			return marsad.Errorf(marsad.EINVALID, "--photo-hash %q: want 64 hex (PDQ) or 16 hex (pHash)", e.PhotoHash)
		}
		e.PhotoHash = h
		return nil
	}
	if e.PhotoPath == "" {
		return nil
	}
	if _, err := os.Stat(e.PhotoPath); errors.Is(err, fs.ErrNotExist) {
		return marsad.Errorf(marsad.ENOTFOUND, "--photo %s: no such file", e.PhotoPath)
	} else if err != nil {
		return marsad.Errorf(marsad.EINVALID, "--photo %s: %v", e.PhotoPath, err)
	}
	h, err := media.HashFile(e.PhotoPath, imagefile.Limits{})
	if err != nil {
		return fmt.Errorf("--photo: %w", err)
	}
	if h.Quality < pdq.MinQuality {
		return marsad.Errorf(marsad.EINVALID, "--photo %s: the image is too flat to hash reliably (PDQ quality %d < %d); use a clearer photo",
			e.PhotoPath, h.Quality, pdq.MinQuality)
	}
	e.PhotoHash = h.PDQ.String()
	return nil
}

func newWatchlistRemoveCmd(app *App) *cobra.Command {
	var platform string
	cmd := &cobra.Command{
		Use:     "remove ID|HANDLE...",
		Short:   "remove protected accounts by id or handle",
		Example: `  marsad watchlist remove some_activist 1234567890`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := app.store(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			for _, a := range args {
				if err := s.RemoveWatchlist(cmd.Context(), platform, a); err != nil {
					return fmt.Errorf("watchlist remove: %w", err)
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&platform, "platform", marsad.PlatformTwitter, "platform of the accounts")
	return cmd
}

// watchlistJSON is one entry of `marsad watchlist list --format json`.
type watchlistJSON struct {
	Platform  string `json:"platform"`
	AccountID string `json:"account_id"`
	Handle    string `json:"handle"`
	Name      string `json:"name"`
	PhotoPath string `json:"photo_path,omitempty"`
	PhotoHash string `json:"photo_hash,omitempty"`
	Note      string `json:"note,omitempty"`
	AddedAt   string `json:"added_at"`
}

func newWatchlistListCmd(app *App) *cobra.Command {
	var format string
	var showNames bool
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "list protected accounts (real names masked to initials)",
		Example: `  marsad watchlist list --format json --show-names`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return marsad.Errorf(marsad.EINVALID, "--format %q: watchlist list supports table or json", format)
			}
			s, err := app.store(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			es, err := s.ListWatchlist(cmd.Context())
			if err != nil {
				return fmt.Errorf("watchlist list: %w", err)
			}
			out := make([]watchlistJSON, 0, len(es))
			for _, e := range es {
				name := e.Name
				if !showNames {
					name = MaskName(name)
				}
				out = append(out, watchlistJSON{Platform: e.Platform, AccountID: e.AccountID, Handle: e.Handle, Name: name,
					PhotoPath: e.PhotoPath, PhotoHash: e.PhotoHash, Note: e.Note, AddedAt: e.AddedAt.UTC().Format(time.RFC3339)})
			}
			if format == "json" {
				return writeJSON(app.Stdout, out)
			}
			return writeWatchlistTable(app.Stdout, out)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output: table|json")
	cmd.Flags().BoolVar(&showNames, "show-names", false, "show real names (protected data) instead of initials")
	return cmd
}

func writeWatchlistTable(w io.Writer, es []watchlistJSON) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PLATFORM\tACCOUNT ID\tHANDLE\tNAME\tPHOTO\tADDED")
	for _, e := range es {
		photo := "-"
		if e.PhotoHash != "" {
			photo = "hash"
		} else if e.PhotoPath != "" {
			photo = "file"
		}
		handle := e.Handle
		if handle != "" {
			handle = "@" + handle
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Platform, wlDash(e.AccountID), wlDash(handle), wlDash(e.Name), photo, e.AddedAt[:10])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(es) == 0 {
		_, err := fmt.Fprintln(w, "(the watchlist is empty: marsad watchlist add --handle NAME, or import a watchlist CSV)")
		return err
	}
	return nil
}

func wlDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// MaskName reduces a real name to its initials ("Jane Q. Doe" → "J. Q. D.",
// "سارة أحمد" → "س. أ."), which is how protected people appear to
// volunteers. It never returns a full word of the name.
func MaskName(name string) string {
	var parts []string
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '.' }) {
		r, _ := utf8.DecodeRuneInString(w)
		if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			continue
		}
		parts = append(parts, string(r)+".")
	}
	return strings.Join(parts, " ")
}
