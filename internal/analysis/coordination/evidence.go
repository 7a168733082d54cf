package coordination

import (
	"slices"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// collectEvidence walks each behaviour's keys again, restricted to accounts
// in kept edges, and records the co-actions behind every edge and group (up
// to MaxEvidence each).
func collectEvidence(s *snapshot.Snapshot, r *Result, keyeds []keyed, o Options) {
	r.Evidence = make([][]CoAction, len(r.Edges))
	if len(r.Edges) == 0 {
		return
	}
	inEdge := make([]bool, s.NumAccounts())
	for _, e := range r.Edges {
		inEdge[e.A], inEdge[e.B] = true, true
	}
	groupOf := map[uint32]int{}
	for gi, g := range r.Groups {
		for _, m := range g.Members {
			groupOf[m] = gi
		}
	}
	win := o.Window.Milliseconds()
	for _, kp := range keyeds {
		for k := 0; k < kp.n; k++ {
			ps := kp.posts(uint32(k))
			if len(ps) < 2 {
				continue
			}
			var label string
			perGroup := map[int][]uint32{}
			windowPairs(s, ps, win, o.CrowdSize, func(p, q uint32) {
				a, b := s.Author[p], s.Author[q]
				if a == b || !inEdge[a] || !inEdge[b] || (kp.skip != nil && kp.skip(p, q)) {
					return
				}
				ei := r.EdgeIndex(a, b, kp.behaviour)
				if ei < 0 {
					return
				}
				if label == "" {
					label = kp.label(uint32(k))
				}
				ev := r.Evidence[ei]
				if len(ev) < o.MaxEvidence && (len(ev) == 0 || ev[len(ev)-1].Key != label) {
					if a != r.Edges[ei].A {
						p, q = q, p
					}
					r.Evidence[ei] = append(ev, CoAction{Behaviour: kp.behaviour, Key: label, PostA: p, PostB: q})
				}
				if ga, ok := groupOf[a]; ok && groupOf[b] == ga {
					perGroup[ga] = append(perGroup[ga], p, q)
				}
			})
			for gi, posts := range perGroup {
				slices.Sort(posts)
				r.Groups[gi].Evidence = append(r.Groups[gi].Evidence, GroupEvidence{Behaviour: kp.behaviour, Key: label, Posts: slices.Compact(posts)})
			}
		}
	}
	// Keep the keys that show the most posts together.
	for gi := range r.Groups {
		ev := r.Groups[gi].Evidence
		slices.SortStableFunc(ev, func(x, y GroupEvidence) int { return len(y.Posts) - len(x.Posts) })
		if len(ev) > o.MaxEvidence {
			ev = ev[:o.MaxEvidence]
		}
		r.Groups[gi].Evidence = ev
	}
}
