package returns

import (
	"context"
	"runtime"
	"sync"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// run is one analysis over one snapshot: the shared state of all stages.
type run struct {
	s     *snapshot.Snapshot
	o     Options
	t     *timeline
	susp  []suspension
	sc    *shoutScan
	pool  *pool
	prof  *profiles
	extra map[uint32][]string // handles seen in status changes
}

func newRun(ctx context.Context, s *snapshot.Snapshot, o Options) (*run, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	r := &run{s: s, o: o, t: newTimeline(s), extra: map[uint32][]string{}}
	for _, e := range s.Statuses {
		if e.Handle != "" && e.Handle != s.Handles[e.Account] {
			r.extra[e.Account] = append(r.extra[e.Account], e.Handle)
		}
	}
	r.susp = findSuspensions(s, r.t, &r.o)
	r.susp = append(r.susp, findDisappearances(s, r.t, &r.o, r.susp)...)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.sc = scanShoutOuts(s, r.t, &r.o, handleIndex(s), &r.susp)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.pool = newPool(s, r.t, r.susp, r.extra)
	r.prof = &profiles{s: s, extra: r.extra, m: map[uint32]*profile{}}
	return r, ctx.Err()
}

// scoreAll scores the candidates of every suspension, in parallel, and
// returns them per suspension (same order as r.susp).
func (r *run) scoreAll(ctx context.Context) ([][]pairInfo, error) {
	shout := map[uint32][]uint32{}
	for k := range r.sc.pairs {
		shout[k.old] = append(shout[k.old], k.cand)
	}
	out := make([][]pairInfo, len(r.susp))
	workers := max(1, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := &blocker{s: r.s, t: r.t, p: r.pool, o: &r.o, extra: r.extra, shout: shout, hits: map[uint32]float64{}}
			for i := range next {
				out[i] = r.scoreOne(b, &r.susp[i])
			}
		}()
	}
	var err error
	for i := range r.susp {
		if err = ctx.Err(); err != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return out, err
}

func (r *run) scoreOne(b *blocker, sp *suspension) []pairInfo {
	cands := b.candidates(sp)
	op := r.prof.get(sp.acct)
	pairs := make([]pairInfo, 0, len(cands))
	for _, c := range cands {
		if r.t.first[c.acct] <= r.t.first[sp.acct] || r.s.AccountPlatform[c.acct] != r.s.AccountPlatform[sp.acct] {
			continue // a successor is newer than the old account, on its platform
		}
		pi := computeFeatures(r.s, r.t, sp, op, r.prof.get(c.acct), c.acct, r.sc)
		pi.score = r.o.Model.Score(&pi.f)
		pairs = append(pairs, pi)
	}
	return pairs
}
