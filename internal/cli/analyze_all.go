package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeAllCmd(app *App, common *analyzeCommon) *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "all",
		Short: "run every analysis in order and write each JSON result to a directory",
		Long: `Run coordination, returns, roles, hubs, campaigns and threats in that order
(roles reads the coordination and returns runs, hubs the roles run, campaigns
the coordination run) over the same --since/--until
range, writing DIR/<analysis>.json for each and recording every run in the store.`,
		Example: `  marsad analyze all --out results/
  marsad analyze all --since 2024-03-01 --until 2024-04-01 --out march/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("format") && strings.ToLower(common.Format) != "json" {
				return marsad.Errorf(marsad.EINVALID, "--format %q: analyze all always writes JSON files into --out", common.Format)
			}
			if _, err := common.filter(); err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return fmt.Errorf("analyze all: %w", err)
			}
			for _, name := range demoAnalyses {
				var buf bytes.Buffer
				argv := []string{"--db", app.DSN, "analyze", name, "--format", "json"}
				if common.Since != "" {
					argv = append(argv, "--since", common.Since)
				}
				if common.Until != "" {
					argv = append(argv, "--until", common.Until)
				}
				if common.NoSave {
					argv = append(argv, "--no-save")
				}
				t0 := time.Now()
				err := runSub(cmd.Context(), app, &buf, argv...)
				if marsad.ErrorCode(err) == marsad.ENOTIMPLEMENTED {
					fmt.Fprintf(app.Stdout, "%-13s not available in this build\n", name)
					continue
				} else if err != nil {
					return fmt.Errorf("analyze %s: %w", name, err)
				}
				path := filepath.Join(out, name+".json")
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					return fmt.Errorf("analyze all: %w", err)
				}
				fmt.Fprintf(app.Stdout, "%-13s %-9s → %s\n", name, time.Since(t0).Round(time.Millisecond), path)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "marsad-results", "directory for the JSON results")
	return cmd
}
