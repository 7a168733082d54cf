package cli

import (
	"io"
	"log/slog"
	"os"
)

func newLogger(w io.Writer) *slog.Logger {
	level := slog.LevelWarn
	switch os.Getenv("MARSAD_LOG") {
	case "debug":
		level = slog.LevelDebug
	case "info":
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}
