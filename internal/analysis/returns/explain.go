package returns

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Candidate is one scored (suspended, candidate successor) pair with its
// feature values, for --explain and for fitting the model.
type Candidate struct {
	Suspended       string             `json:"suspended"`
	Candidate       string             `json:"candidate"`
	SuspendedHandle string             `json:"suspended_handle,omitempty"`
	CandidateHandle string             `json:"candidate_handle,omitempty"`
	Score           float64            `json:"score"`
	Linked          bool               `json:"linked"`
	Features        map[string]float64 `json:"features"`
	Evidence        []marsad.Evidence  `json:"evidence,omitempty"`
	// F is the raw feature vector (not in JSON; use Features).
	F Features `json:"-"`
}

// Explanation lists every candidate considered for one old account.
type Explanation struct {
	Suspended  string      `json:"suspended"`
	Handle     string      `json:"handle,omitempty"`
	Status     string      `json:"status,omitempty"`
	Candidates []Candidate `json:"candidates"`
}

// Explain scores every candidate successor of the account with id or
// handle old (a leading '@' selects a handle) and says which were linked.
// It returns an ENOTFOUND error when the account is unknown or was not
// suspended.
func Explain(ctx context.Context, s *snapshot.Snapshot, old string, o Options) (*Explanation, error) {
	r, err := newRun(ctx, s, o)
	if err != nil {
		return nil, err
	}
	a, ok := s.Account(old)
	if !ok {
		if hs := s.AccountsByHandle(old); len(hs) > 0 {
			a, ok = hs[0], true
		} else if hs := r.extraHandle(old); len(hs) > 0 {
			a, ok = hs[0], true
		}
	}
	if !ok {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "account %q is not in the data", old)
	}
	idx := slices.IndexFunc(r.susp, func(sp suspension) bool { return sp.acct == a })
	if idx < 0 {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "account %s has no suspension, deletion or disappearance in the data", s.Label(a))
	}
	scored, err := r.scoreAll(ctx)
	if err != nil {
		return nil, err
	}
	linked := map[pairKey]bool{}
	for _, pi := range r.link(scored) {
		linked[pairKey{pi.old, pi.cand}] = true
	}
	ex := &Explanation{Suspended: s.AccountIDs[a], Handle: s.Handles[a], Status: r.susp[idx].kind}
	for i := range scored[idx] {
		pi := &scored[idx][i]
		ex.Candidates = append(ex.Candidates, r.candidate(pi, linked[pairKey{pi.old, pi.cand}]))
	}
	slices.SortFunc(ex.Candidates, func(x, y Candidate) int { return cmp.Compare(y.Score, x.Score) })
	return ex, nil
}

func (r *run) extraHandle(h string) []uint32 {
	h = strings.ToLower(strings.TrimPrefix(h, "@"))
	var out []uint32
	for a, hs := range r.extra {
		for _, x := range hs {
			if strings.ToLower(x) == h {
				out = append(out, a)
			}
		}
	}
	slices.Sort(out)
	return out
}

func (r *run) candidate(pi *pairInfo, linked bool) Candidate {
	return Candidate{
		Suspended: r.s.AccountIDs[pi.old], Candidate: r.s.AccountIDs[pi.cand],
		SuspendedHandle: r.s.Handles[pi.old], CandidateHandle: r.s.Handles[pi.cand],
		Score: round3(pi.score), Linked: linked, Features: r.featureMap(&pi.f),
		Evidence: r.reasons(pi), F: pi.f,
	}
}

// Candidates returns every scored pair of the run (all suspensions), with
// Linked set on the chosen links. The evaluation and the model fit use it.
func Candidates(ctx context.Context, s *snapshot.Snapshot, o Options) ([]Candidate, error) {
	r, err := newRun(ctx, s, o)
	if err != nil {
		return nil, err
	}
	scored, err := r.scoreAll(ctx)
	if err != nil {
		return nil, err
	}
	linked := map[pairKey]bool{}
	for _, pi := range r.link(scored) {
		linked[pairKey{pi.old, pi.cand}] = true
	}
	var out []Candidate
	for i := range scored {
		for j := range scored[i] {
			pi := &scored[i][j]
			c := r.candidate(pi, linked[pairKey{pi.old, pi.cand}])
			c.Evidence = nil
			out = append(out, c)
		}
	}
	return out, nil
}
