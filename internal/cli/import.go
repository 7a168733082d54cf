package cli

import (
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/spf13/cobra"
)

// importFlags are the flags of `marsad import`.
type importFlags struct {
	format          string
	output          string
	rejects         string
	mapping         string
	timeLayout      string
	platform        string
	maxRecord       string
	maxDecompressed string
}

func newImportCmd(app *App) *cobra.Command {
	var fl importFlags
	cmd := &cobra.Command{
		Use:   "import [--format F] FILE|DIR...",
		Short: "import files of any supported format (auto-detected; gzip/zstd transparently)",
		Long: `Import collected data into the store. Formats are detected from the content
(not the file name); gzip, zstd and bzip2 files are decompressed transparently;
directories are walked recursively and files that are not data (README,
truth.json…) are skipped with a notice. Each file is one transaction: a file
that cannot be read through (e.g. a truncated gzip) is rolled back and the
others go on. A file already imported (same sha256) is skipped, so importing
again adds nothing. Malformed records are rejected, stored, and written to the
rejects file (JSON Lines: file, line, reason, raw excerpt).

Formats: ` + formatNames() + `

Exit status 0 when at least the valid records were stored; 2 when nothing
could be read from any file.`,
		Example: `  marsad import collection/
  marsad --db x.db import tweets.jsonl.gz users.jsonl
  marsad import --format csv --map id=tweet_id,account=author,text=content,time=publish_date ira.csv
  marsad import --output json data/ > summary.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runImport(cmd, app, &fl, args)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "", "force this input format instead of detecting it (see the list above); json or table set the summary format")
	f.StringVarP(&fl.output, "output", "o", "table", "summary format: table or json (same as --format json|table)")
	f.StringVar(&fl.rejects, "rejects", "marsad-rejects.jsonl", "rejects file (JSON Lines), created only when there are rejects; \"\" for none")
	f.StringVar(&fl.mapping, "map", "", "column mapping for --format csv: field=column,… or a mapping file")
	f.StringVar(&fl.timeLayout, "time-layout", "", "Go time layout of CSV time columns (default: detected)")
	f.StringVar(&fl.platform, "platform", "", "platform of the records (default: the format's, e.g. twitter)")
	f.StringVar(&fl.maxRecord, "max-record", "16MiB", "longest line or record read; longer ones are rejected")
	f.StringVar(&fl.maxDecompressed, "max-decompressed", "auto", "decompressed size limit per compressed file (auto = max(1GiB, 100× file size))")
	return cmd
}

// formatNames lists the formats that can be imported.
func formatNames() string {
	var names []string
	for _, f := range ingest.Formats() {
		if f.Decode != nil {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

func runImport(cmd *cobra.Command, app *App, fl *importFlags, args []string) error {
	if fl.format == "json" || fl.format == "table" {
		// "--format json|table" sets the summary format, as for other
		// commands; no input format has these names.
		fl.output, fl.format = fl.format, ""
	}
	opts, err := fl.options()
	if err != nil {
		return err
	}
	if fl.output != "table" && fl.output != "json" {
		return marsad.Errorf(marsad.EINVALID, "--output must be table or json, not %q", fl.output)
	}
	ctx := cmd.Context()
	st, err := app.store(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	opts.Logger = app.Logger
	if app.Interactive() {
		p := newImportProgress(ctx, app.Stderr)
		opts.Progress = p
	}
	sum, importErr := ingest.Import(ctx, st, args, opts)
	if fl.output == "json" {
		if err := writeJSON(app.Stdout, sum); err != nil {
			return err
		}
	} else {
		writeImportSummary(app.Stdout, sum, !app.Quiet)
	}
	if importErr != nil {
		return fmt.Errorf("import: %w", importErr)
	}
	return nil
}

// options turns the flags into import options.
func (fl *importFlags) options() (ingest.ImportOptions, error) {
	opts := ingest.ImportOptions{Format: fl.format, RejectsPath: fl.rejects}
	if fl.format != "" {
		if f := ingest.Lookup(fl.format); f == nil || f.Decode == nil {
			return opts, marsad.Errorf(marsad.EINVALID, "unknown or unsupported --format %q (supported: %s)", fl.format, formatNames())
		}
	}
	if fl.mapping != "" {
		var m map[string]string
		var err error
		if strings.Contains(fl.mapping, "=") {
			m, err = ingest.ParseMapping(fl.mapping)
		} else {
			m, err = ingest.LoadMapping(fl.mapping)
		}
		if err != nil {
			return opts, fmt.Errorf("--map: %w", err)
		}
		opts.Decode.Map = m
	}
	if strings.EqualFold(fl.format, ingest.GenericCSV.Name) && opts.Decode.Map == nil {
		return opts, marsad.Errorf(marsad.EINVALID, "--format csv needs a column mapping: --map id=COLUMN,account=COLUMN,text=COLUMN,time=COLUMN (or a mapping file); see docs/FORMATS-csv.md")
	}
	opts.Decode.TimeLayout = fl.timeLayout
	opts.Decode.Platform = fl.platform
	n, err := parseSize(fl.maxRecord)
	if err != nil || n <= 0 || n > 1<<31 {
		return opts, marsad.Errorf(marsad.EINVALID, "--max-record %q: want a size such as 16MiB", fl.maxRecord)
	}
	opts.Decode.MaxRecordBytes = int(n)
	if fl.maxDecompressed != "auto" && fl.maxDecompressed != "" {
		n, err := parseSize(fl.maxDecompressed)
		if err != nil || n <= 0 {
			return opts, marsad.Errorf(marsad.EINVALID, "--max-decompressed %q: want auto or a size such as 20GiB", fl.maxDecompressed)
		}
		opts.MaxDecompressed = n
	}
	return opts, nil
}
