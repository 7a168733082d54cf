package ingest

import (
	"context"
	"sync"

	"github.com/marsad-project/marsad"
)

// batchWriter stores batches in a goroutine of its own, in the order they
// were sent, so that decoding the next batch overlaps with storing this one
// (on two cores an import runs up to twice as fast). Within a batch,
// accounts go first, so that a store may rely on a post's author existing,
// and media hashes after posts. At most one batch waits while another is
// being stored, which bounds memory. After the first error it stores
// nothing more.
type batchWriter struct {
	ctx    context.Context
	imp    marsad.Import
	ch     chan *batch
	done   chan struct{}
	mu     sync.Mutex
	err    error
	counts marsad.ImportCounts
}

func startBatchWriter(ctx context.Context, imp marsad.Import) *batchWriter {
	w := &batchWriter{ctx: ctx, imp: imp, ch: make(chan *batch, 1), done: make(chan struct{})}
	go w.run()
	return w
}

func (w *batchWriter) run() {
	defer close(w.done)
	for b := range w.ch {
		if w.failed() != nil {
			continue // drain
		}
		if err := w.write(b); err != nil {
			w.mu.Lock()
			w.err = err
			w.mu.Unlock()
		}
	}
}

// failed returns the first store error, if any.
func (w *batchWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// send queues b; it blocks while the previous batch is still queued.
func (w *batchWriter) send(b *batch) error {
	if err := w.failed(); err != nil {
		return err
	}
	select {
	case w.ch <- b:
		return nil
	case <-w.ctx.Done():
		return w.ctx.Err()
	}
}

// wait ends the writer and returns its counts and first error.
func (w *batchWriter) wait() (marsad.ImportCounts, error) {
	close(w.ch)
	<-w.done
	return w.counts, w.err
}

// write stores one batch.
func (w *batchWriter) write(b *batch) error {
	ctx, c := w.ctx, &w.counts
	if len(b.accounts) > 0 {
		added, err := w.imp.PutAccounts(ctx, b.accounts)
		if err != nil {
			return err
		}
		c.Accounts += int64(added)
	}
	if len(b.posts) > 0 {
		added, err := w.imp.PutPosts(ctx, b.posts)
		if err != nil {
			return err
		}
		c.Posts += int64(added)
		c.Duplicates += int64(len(b.posts) - added)
	}
	if len(b.follows) > 0 {
		added, err := w.imp.PutFollows(ctx, b.follows)
		if err != nil {
			return err
		}
		c.Follows += int64(added)
		c.Duplicates += int64(len(b.follows) - added)
	}
	if len(b.changes) > 0 {
		added, err := w.imp.PutStatusChanges(ctx, b.changes)
		if err != nil {
			return err
		}
		c.StatusChanges += int64(added)
		c.Duplicates += int64(len(b.changes) - added)
	}
	if len(b.watch) > 0 {
		added, err := w.imp.PutWatchlist(ctx, b.watch)
		if err != nil {
			return err
		}
		c.Watchlist += int64(added)
		c.Duplicates += int64(len(b.watch) - added)
	}
	if len(b.hashes) > 0 {
		updated, err := w.imp.PutMediaHashes(ctx, b.hashes)
		if err != nil {
			return err
		}
		c.MediaHashes += int64(updated)
	}
	if len(b.rejects) > 0 {
		return w.imp.PutRejects(ctx, b.rejects)
	}
	return nil
}
