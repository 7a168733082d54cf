// Command marsad is the marsad CLI, HTTP server and web UI in one binary.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/marsad-project/marsad/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := cli.NewApp(os.Stdout, os.Stderr)
	err := cli.NewRoot(app).ExecuteContext(ctx)
	if err != nil {
		slog.Debug("command failed", "err", err)
		fmt.Fprintln(os.Stderr, "marsad:", cli.ErrorText(err))
	}
	os.Exit(cli.ExitCode(err))
}
