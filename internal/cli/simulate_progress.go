package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/marsad-project/marsad/internal/sim"
)

// newSimProgress draws the simulator's stage and progress on one terminal
// line, at most ten times a second.
func newSimProgress(w io.Writer) sim.Progress {
	var last time.Time
	stage := ""
	return func(s string, done, total int) {
		now := time.Now()
		if s == stage && now.Sub(last) < 100*time.Millisecond && s != "done" {
			return
		}
		last, stage = now, s
		switch {
		case s == "done":
			fmt.Fprintf(w, "\r\033[Ksimulate: done\n")
		case total > 0:
			fmt.Fprintf(w, "\r\033[Ksimulate: %-16s %3d%%", s, done*100/total)
		default:
			fmt.Fprintf(w, "\r\033[Ksimulate: %-16s", s)
		}
	}
}
