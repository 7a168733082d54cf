package cli

import (
	"context"
	"fmt"

	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// loadSnapshot opens the store, loads the posts selected by --since/--until
// (with every account, follow and status change) into the in-memory
// snapshot all analyses share, and closes the store. On a terminal it shows
// a spinner with the number of posts read.
func loadSnapshot(ctx context.Context, app *App, common *analyzeCommon) (*snapshot.Snapshot, error) {
	filter, err := common.filter()
	if err != nil {
		return nil, err
	}
	st, err := app.store(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()

	var progress func(int64)
	var done func()
	if app.Interactive() {
		p := mpb.NewWithContext(ctx, mpb.WithOutput(app.Stderr))
		bar := p.AddSpinner(0,
			mpb.PrependDecorators(decor.Name("loading posts "), decor.CurrentNoUnit("%d")),
			mpb.AppendDecorators(decor.AverageSpeed(0, "%.0f posts/s")),
		)
		var last int64
		progress = func(n int64) {
			bar.IncrInt64(n - last)
			last = n
		}
		done = func() {
			bar.SetTotal(-1, true)
			p.Wait()
		}
	}
	s, err := snapshot.Load(ctx, st, filter, progress)
	if done != nil {
		done()
	}
	if err != nil {
		return nil, fmt.Errorf("load snapshot: %w", err)
	}
	app.Logger.Debug("snapshot loaded", "posts", s.NumPosts(), "accounts", s.NumAccounts())
	if s.NumPosts() == 0 && !app.Quiet {
		where := "the store has no posts"
		if !filter.Since.IsZero() || !filter.Until.IsZero() {
			where = "the store has no posts in the --since/--until range"
		}
		fmt.Fprintf(app.Stderr, "marsad: %s, so the result is empty; import data first (marsad --db %s import FILE|DIR) or check the range\n", where, app.DSN)
	}
	return s, nil
}
