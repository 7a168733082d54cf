package cli

import (
	"io"
)

// NewApp returns the App used by the real binary: default DSN, text logs on
// stderr at warn level (MARSAD_LOG=debug for more), the SQL store.
func NewApp(stdout, stderr io.Writer) *App {
	return &App{
		DSN:       DefaultDSN,
		Stdout:    stdout,
		Stderr:    stderr,
		Logger:    newLogger(stderr),
		OpenStore: openStore,
	}
}
