// Package cli is marsad's command line: one file per command, all built on
// App, which carries the configuration and the injected logger, writers and
// store opener. cmd/marsad/main.go only builds the root command and maps the
// returned error to an exit status (ExitCode).
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/marsad-project/marsad"
	"golang.org/x/term"
)

// App is the state shared by every command.
type App struct {
	// DSN is the store: a SQLite file path (default ./marsad.db) or a
	// postgres:// URL. Set by --db or MARSAD_DB.
	DSN    string
	Quiet  bool
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger
	// OpenStore opens the store named by DSN. Tests may replace it.
	OpenStore func(ctx context.Context, dsn string, logger *slog.Logger) (marsad.Store, error)
	// storeMustExist is set for commands that only read what was imported
	// (stats, analyze, listings): a SQLite file that does not exist is then
	// a mistyped --db, reported as not found instead of silently creating an
	// empty store and answering "nothing found".
	storeMustExist bool
}

// DefaultDSN is the store used when neither --db nor MARSAD_DB is given.
const DefaultDSN = "./marsad.db"

// store opens the configured store.
func (a *App) store(ctx context.Context) (marsad.Store, error) {
	if a.OpenStore == nil {
		return nil, marsad.Errorf(marsad.EINTERNAL, "no store implementation is linked in")
	}
	if err := a.checkStoreFile(); err != nil {
		return nil, err
	}
	s, err := a.OpenStore(ctx, a.DSN, a.Logger)
	if err != nil {
		return nil, fmt.Errorf("open store %q: %w", a.DSN, err)
	}
	return s, nil
}

// checkStoreFile turns the two common mistakes with a SQLite --db into clear
// not-found errors before the driver sees them: a directory that does not
// exist, and (for commands that only read) a store file that does not exist.
func (a *App) checkStoreFile() error {
	p := sqliteFile(a.DSN)
	if p == "" {
		return nil
	}
	if dir := filepath.Dir(p); dir != "" {
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			return marsad.Errorf(marsad.ENOTFOUND, "store %q: directory %s does not exist (create it, or choose another --db)", a.DSN, dir)
		}
	}
	if a.storeMustExist {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			return marsad.Errorf(marsad.ENOTFOUND, "no store at %q: import data first (marsad --db %s import FILE|DIR), or point --db or MARSAD_DB at an existing store", a.DSN, a.DSN)
		}
	}
	return nil
}

// Interactive reports whether progress bars should be drawn: stderr is a
// terminal and --quiet is off.
func (a *App) Interactive() bool {
	if a.Quiet {
		return false
	}
	f, ok := a.Stderr.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// writeJSON writes v as indented JSON followed by a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// Exit statuses. Documented in docs/CLI.md; mapped from error codes only here.
const (
	ExitOK             = 0
	ExitError          = 1 // internal or unexpected error
	ExitUsage          = 2 // invalid arguments or input that could not be read at all
	ExitNotFound       = 3
	ExitNotImplemented = 4
	// ExitInterrupted is the shell's convention for a command stopped by
	// SIGINT (128+2). An interrupted import keeps the files it committed and
	// rolls back the one it was reading.
	ExitInterrupted = 130
)

// ExitCode maps an error returned by a command to the process exit status.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, context.Canceled) {
		return ExitInterrupted
	}
	var usage *usageError
	if errors.As(err, &usage) {
		return ExitUsage
	}
	switch marsad.ErrorCode(err) {
	case marsad.EINVALID:
		return ExitUsage
	case marsad.ENOTFOUND:
		return ExitNotFound
	case marsad.ENOTIMPLEMENTED:
		return ExitNotImplemented
	}
	return ExitError
}

// usageError marks cobra's own flag and argument errors.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

// ErrorText is what main prints for err: the user-safe message for marsad
// errors, with the wrapping context, or the error text for others.
func ErrorText(err error) string {
	if errors.Is(err, context.Canceled) {
		return "interrupted (" + err.Error() + ")"
	}
	var e *marsad.Error
	if errors.As(err, &e) {
		// Keep wrapping context ("open store x: ") but show the safe message.
		full := err.Error()
		inner := e.Error()
		if len(full) > len(inner) && full[len(full)-len(inner):] == inner {
			return full[:len(full)-len(inner)] + e.Message
		}
		return e.Message
	}
	return err.Error()
}
