package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// flagsOwnedElsewhere are commands whose flags change with their analysis
// or importer; docs/CLI.md lists them, but this test checks only that the
// command itself is documented, so adding a flag there does not fail here.
var flagsOwnedElsewhere = map[string]bool{
	"marsad import":               true,
	"marsad analyze coordination": true,
	"marsad analyze returns":      true,
	"marsad analyze campaigns":    true,
	"marsad analyze threats":      true,
}

// TestCLIDocCoversEveryCommand keeps docs/CLI.md true of the build: every
// command is named there, and every flag of the commands above is listed.
func TestCLIDocCoversEveryCommand(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "CLI.md"))
	if err != nil {
		t.Fatalf("docs/CLI.md: %v", err)
	}
	doc := string(b)
	root := NewRoot(NewApp(&bytes.Buffer{}, &bytes.Buffer{}))
	walk(root, func(c *cobra.Command) {
		path := c.CommandPath()
		parent := ""
		if c.HasParent() {
			parent = c.Parent().CommandPath()
		}
		switch {
		case c.Name() == "help" || parent == "marsad completion":
			return
		case parent == "marsad bank":
			// documented in the bank table as `NAME ARGS`
			if !strings.Contains(doc, "`"+c.Use+"`") && !strings.Contains(doc, "`"+strings.ReplaceAll(c.Use, "|", `\|`)+"`") {
				t.Errorf("docs/CLI.md: bank table has no row `%s`", c.Use)
			}
		case !strings.Contains(doc, path):
			t.Errorf("docs/CLI.md does not mention %q", path)
		}
		if flagsOwnedElsewhere[path] {
			return
		}
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" && !strings.Contains(doc, "--"+f.Name) {
				t.Errorf("docs/CLI.md does not list %s --%s", path, f.Name)
			}
		})
	})
	for _, name := range []string{"--db", "--quiet", "MARSAD_DB", "MARSAD_LOG", "MARSAD_TEST_POSTGRES_DSN", "marsad-rejects.jsonl", "marsad-demo"} {
		if !strings.Contains(doc, name) {
			t.Errorf("docs/CLI.md does not mention %s", name)
		}
	}
	for _, status := range []string{"| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |", "| 130 |"} {
		if !strings.Contains(doc, status) {
			t.Errorf("docs/CLI.md exit statuses lack %q", status)
		}
	}
}
