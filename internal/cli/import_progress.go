package cli

import (
	"context"
	"io"
	"path/filepath"
	"sync"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// importProgress is a byte progress bar (rate and ETA) over all files of an
// import, with the current file's name; drawn only on a terminal.
type importProgress struct {
	ctx  context.Context
	w    io.Writer
	p    *mpb.Progress
	bar  *mpb.Bar
	mu   sync.Mutex
	file string
}

func newImportProgress(ctx context.Context, w io.Writer) *importProgress {
	return &importProgress{ctx: ctx, w: w}
}

func (ip *importProgress) Start(total int64) {
	ip.p = mpb.NewWithContext(ip.ctx, mpb.WithOutput(ip.w), mpb.WithWidth(40))
	ip.bar = ip.p.AddBar(total,
		mpb.PrependDecorators(
			decor.Any(func(decor.Statistics) string {
				ip.mu.Lock()
				defer ip.mu.Unlock()
				return ip.file
			}, decor.WCSyncSpaceR),
			decor.CountersKibiByte("% .1f / % .1f", decor.WCSyncSpace),
		),
		mpb.AppendDecorators(
			decor.Percentage(decor.WCSyncSpace),
			decor.AverageSpeed(decor.SizeB1024(0), "% .1f", decor.WCSyncSpace),
			decor.Name(" ETA "),
			decor.AverageETA(decor.ET_STYLE_GO),
		),
	)
}

func (ip *importProgress) File(path string) {
	name := filepath.Base(path)
	if len(name) > 30 {
		name = name[:27] + "..."
	}
	ip.mu.Lock()
	ip.file = name
	ip.mu.Unlock()
}

func (ip *importProgress) Add(n int64) { ip.bar.IncrInt64(n) }

func (ip *importProgress) Finish() {
	ip.bar.SetTotal(-1, true)
	ip.p.Wait()
}
