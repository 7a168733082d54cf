package cli

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"text/tabwriter"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/spf13/cobra"
)

// hashFlags are the flags of `marsad hash`.
type hashFlags struct {
	Format    string
	Dihedral  bool
	MaxPixels int64
}

// hashRow is one line of `marsad hash --format json` (DESIGN.md §6).
type hashRow struct {
	File      string            `json:"file"`
	PDQ       string            `json:"pdq"`
	Quality   int               `json:"quality"`
	PHash     string            `json:"phash"`
	Dihedrals map[string]string `json:"dihedrals,omitempty"`
}

func newHashCmd(app *App) *cobra.Command {
	f := &hashFlags{}
	cmd := &cobra.Command{
		Use:   "hash FILE|DIR...",
		Short: "print perceptual hashes (PDQ with quality, pHash) of image files",
		Long: `Prints the PDQ hash (64 hex, with its quality 0-100) and the pHash (16 hex)
of each image file: JPEG, PNG, GIF (first frame) or WebP. PDQ is the hash of
GIFCT and Meta's Hasher-Matcher-Actioner banks: two images within Hamming
distance 31 are the same picture. Quality below 50 means the image has too
little detail for PDQ to be trusted.

A directory stands for the image files under it (.jpg, .jpeg, .png, .gif,
.webp, in name order). A file that cannot be read (missing, corrupt, not an image, above the pixel
limit) gets an error line on stderr; the others are still hashed, and the
exit status is non-zero.`,
		Example: `  marsad hash photo.jpg
  marsad hash --format json media/*.jpg
  marsad hash --dihedral suspect.png`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runHash(app, f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.Format, "format", "table", "output format: table or json")
	fl.BoolVar(&f.Dihedral, "dihedral", false, "also print the PDQ hashes of the 7 rotations and mirror images")
	fl.Int64Var(&f.MaxPixels, "max-pixels", imagefile.DefaultMaxPixels, "refuse images with more pixels than this (decompression bombs)")
	return cmd
}

func runHash(app *App, f *hashFlags, args []string) error {
	if f.Format != "table" && f.Format != "json" {
		return marsad.Errorf(marsad.EINVALID, "--format %q: hash supports table or json", f.Format)
	}
	files := expandImageArgs(args)
	if len(files) == 0 {
		return marsad.Errorf(marsad.ENOTFOUND, "no image files (.jpg, .jpeg, .png, .gif, .webp) in %s", strings.Join(args, " "))
	}
	results := hashFiles(files, imagefile.Limits{MaxPixels: f.MaxPixels})
	rows := make([]hashRow, 0, len(files))
	failed, missing := 0, 0
	for i, r := range results {
		if r.err != nil {
			failed++
			if marsad.ErrorCode(r.err) == marsad.ENOTFOUND {
				missing++
			}
			fmt.Fprintf(app.Stderr, "marsad hash: %s\n", ErrorText(r.err))
			continue
		}
		row := hashRow{File: files[i], PDQ: r.h.PDQ.String(), Quality: r.h.Quality, PHash: media.FormatHash64(r.h.PHash)}
		if f.Dihedral {
			row.Dihedrals = map[string]string{}
			for d := pdq.Rotate90; d <= pdq.FlipMinus1; d++ {
				row.Dihedrals[d.String()] = r.h.Dihedrals[d].String()
			}
		}
		rows = append(rows, row)
	}
	var err error
	if f.Format == "json" {
		err = writeJSON(app.Stdout, rows)
	} else {
		err = writeHashTable(app, rows, f.Dihedral)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		// Exit 3 when every failure is a missing file, 2 when some file
		// was there but could not be read as an image.
		code := marsad.EINVALID
		if missing == failed {
			code = marsad.ENOTFOUND
		}
		return marsad.Errorf(code, "%d of %d files could not be hashed", failed, len(files))
	}
	return nil
}

func writeHashTable(app *App, rows []hashRow, dihedral bool) error {
	if len(rows) == 0 {
		return nil // the errors on stderr say why; a lone header says nothing
	}
	tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "FILE\tPDQ\tQUALITY\tPHASH")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", r.File, r.PDQ, r.Quality, r.PHash)
		if dihedral {
			for d := pdq.Rotate90; d <= pdq.FlipMinus1; d++ {
				fmt.Fprintf(tw, "  %s\t%s\t\t\n", d, r.Dihedrals[d.String()])
			}
		}
	}
	return tw.Flush()
}

// imageExts are the file name extensions a directory argument expands to.
var imageExts = map[string]bool{".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true}

// expandImageArgs replaces each directory argument by the image files
// under it, in name order; other arguments stay as they are (a missing
// file is reported when it is hashed).
func expandImageArgs(args []string) []string {
	var out []string
	for _, a := range args {
		fi, err := os.Stat(a)
		if err != nil || !fi.IsDir() {
			out = append(out, a)
			continue
		}
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && imageExts[strings.ToLower(filepath.Ext(p))] {
				out = append(out, p)
			}
			return nil
		})
	}
	return out
}

type hashResult struct {
	h   media.Hashes
	err error
}

// hashFiles hashes files on up to GOMAXPROCS goroutines (decoding and
// filtering are CPU-bound), keeping results in input order.
func hashFiles(files []string, lim imagefile.Limits) []hashResult {
	out := make([]hashResult, len(files))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(files)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				h, err := media.HashFile(files[i], lim)
				out[i] = hashResult{h, err}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
