package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/spf13/cobra"
)

// demoOptions are the flags of `marsad demo`.
type demoOptions struct {
	Dir     string
	Seed    uint64
	Scale   float64
	Addr    string
	NoServe bool
}

func newDemoCmd(app *App) *cobra.Command {
	o := &demoOptions{}
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "simulate a scenario, import it, run every analysis and show what was found",
		Long: `demo runs marsad's whole job on a simulated scenario with known truth:
it writes the scenario into DIR/scenario, imports it into DIR/marsad.db, runs
every analysis (results in DIR/results/*.json) and prints a scorecard comparing
what each analysis found with the scenario's ground truth. The previous demo in
DIR is replaced. Nothing leaves this machine.`,
		Example: `  marsad demo
  marsad demo --seed 7 --scale 0.2 --dir /tmp/marsad-demo --no-serve`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), app, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Dir, "dir", "marsad-demo", "directory for the scenario, the store and the results")
	f.Uint64Var(&o.Seed, "seed", 1, "scenario seed")
	f.Float64Var(&o.Scale, "scale", 0.1, "scenario scale (1.0 ≈ 20k accounts, 300k posts)")
	f.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address for the web UI")
	f.BoolVar(&o.NoServe, "no-serve", false, "print the summary and exit instead of serving the web UI")
	return cmd
}

// demoAnalyses is the order the demo runs analyses in: later ones read the
// persisted runs of earlier ones (roles reads coordination and returns; hubs
// reads roles to tell army hubs from other famous accounts' followings).
var demoAnalyses = []string{"coordination", "returns", "roles", "hubs", "campaigns", "threats"}

func runDemo(ctx context.Context, app *App, o *demoOptions) error {
	if err := checkScale(o.Scale); err != nil {
		return err
	}
	if fi, err := os.Stat(o.Dir); err == nil && !fi.IsDir() {
		return marsad.Errorf(marsad.EINVALID, "--dir %s is a file, not a directory", o.Dir)
	}
	began := time.Now()
	scenario := filepath.Join(o.Dir, "scenario")
	results := filepath.Join(o.Dir, "results")
	db := filepath.Join(o.Dir, "marsad.db")
	for _, p := range []string{scenario, results, db, db + "-wal", db + "-shm"} {
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("demo: clear %s: %w", p, err)
		}
	}
	if err := os.MkdirAll(results, 0o755); err != nil {
		return marsad.Errorf(marsad.EINVALID, "--dir %s: cannot create the demo directory: %v", o.Dir, err)
	}
	out := app.Stdout

	fmt.Fprintf(out, "== 1/3 simulate: seed %d, scale %g → %s\n", o.Seed, o.Scale, scenario)
	truth, err := sim.Generate(ctx, sim.Config{Seed: o.Seed, Scale: o.Scale}, scenario, nil)
	if err != nil {
		return fmt.Errorf("demo: simulate: %w", err)
	}
	fmt.Fprintf(out, "   %d accounts, %d posts, %d squads, %d hubs, %d returns, %d campaigns\n",
		truth.Counts["accounts"], truth.Counts["posts"], len(truth.Squads), len(truth.Hubs), len(truth.Returns), len(truth.Campaigns))

	fmt.Fprintf(out, "== 2/3 import → %s\n", db)
	if err := runSub(ctx, app, out, "--db", db, "import", scenario); err != nil {
		return fmt.Errorf("demo: import: %w", err)
	}

	fmt.Fprintf(out, "== 3/3 analyse (results in %s)\n", results)
	card := &scorecard{truth: truth}
	for _, name := range append(demoAnalyses, "reach") {
		var buf bytes.Buffer
		t0 := time.Now()
		argv := []string{"--db", db, "analyze", name, "--format", "json"}
		if name == "reach" {
			argv = append(argv, "--hashtag", truth.CounterCampaign.Hashtag)
		}
		err := runSub(ctx, app, &buf, argv...)
		took := time.Since(t0).Round(time.Millisecond)
		switch {
		case marsad.ErrorCode(err) == marsad.ENOTIMPLEMENTED:
			card.add(name, "not available in this build", took)
			continue
		case err != nil:
			return fmt.Errorf("demo: analyze %s: %w", name, err)
		}
		path := filepath.Join(results, name+".json")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		line, err := card.score(name, buf.Bytes())
		if err != nil {
			return fmt.Errorf("demo: read %s result: %w", name, err)
		}
		card.add(name, line, took)
	}
	card.print(out)
	fmt.Fprintf(out, "\ndemo finished in %s. Explore: %s --db %s analyze coordination\n", time.Since(began).Round(time.Millisecond), exploreCommand(), db)
	if !o.NoServe {
		fmt.Fprintln(out, "(the web UI is not part of this build yet; the results above and in", results, "are the demo's output)")
	}
	return nil
}

// runSub runs one marsad command line in-process with stdout sent to w, so
// the demo does exactly what a user typing the commands would.
func runSub(ctx context.Context, app *App, w io.Writer, args ...string) error {
	sub := *app
	sub.Stdout = w
	root := NewRoot(&sub)
	root.SetArgs(args)
	return root.ExecuteContext(ctx)
}

// decodeResult unmarshals one analysis's JSON output.
func decodeResult(b []byte, v any) error {
	return json.Unmarshal(b, v)
}

// exploreCommand is how the user who just ran the demo runs marsad again:
// under `go run` the binary is a temporary file, so point at a build.
func exploreCommand() string {
	if exe, err := os.Executable(); err == nil && strings.Contains(exe, "go-build") {
		return "go build -o marsad ./cmd/marsad && ./marsad"
	}
	return "marsad"
}
