package returns

import (
	"fmt"
	"slices"
	"time"

	"github.com/marsad-project/marsad"
)

// Result is the JSON of `marsad analyze returns` (DESIGN.md §6), plus the
// families other analyses read from the persisted run.
type Result struct {
	Links    []Link   `json:"links"`
	Families []Family `json:"families"`
	// Suspensions is how many suspended, deleted or disappeared accounts
	// were considered; CandidatesScored how many pairs were scored.
	Suspensions      int `json:"suspensions"`
	CandidatesScored int `json:"candidates_scored"`
}

// Link is one suspended → successor link.
type Link struct {
	Suspended       string            `json:"suspended"`
	Successor       string            `json:"successor"`
	Score           float64           `json:"score"`
	Evidence        []marsad.Evidence `json:"evidence"`
	SuspendedHandle string            `json:"suspended_handle,omitempty"`
	SuccessorHandle string            `json:"successor_handle,omitempty"`
	// Status is how the old account ended: suspended, deleted or disappeared.
	Status   string             `json:"status"`
	Features map[string]float64 `json:"features"`
}

// Family is one actor over time: an old account and its successors, oldest
// first (a chain A → A2 → A3 is one family).
type Family struct {
	Members []string `json:"members"`
	Handles []string `json:"handles,omitempty"`
}

// FamilyOf returns, for every account id in a family, the family's first
// (oldest) member: the id other analyses can use to treat a family as one
// actor.
func (r *Result) FamilyOf() map[string]string {
	m := map[string]string{}
	for _, f := range r.Families {
		for _, id := range f.Members {
			m[id] = f.Members[0]
		}
	}
	return m
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5*sign(x))) / 1000 }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

func (r *run) featureMap(f *Features) map[string]float64 {
	m := make(map[string]float64, NumFeatures)
	for i, v := range f {
		m[FeatureNames[i]] = round3(v)
	}
	return m
}

// describe turns a linked pair into its output with evidence, strongest
// contribution first.
func (r *run) describe(pi *pairInfo) Link {
	s := r.s
	l := Link{
		Suspended: s.AccountIDs[pi.old], Successor: s.AccountIDs[pi.cand],
		Score: round3(pi.score), SuspendedHandle: s.Handles[pi.old], SuccessorHandle: s.Handles[pi.cand],
		Features: r.featureMap(&pi.f),
	}
	for _, sp := range r.susp {
		if sp.acct == pi.old {
			l.Status = sp.kind
			l.Evidence = append(l.Evidence, marsad.Evidence{Reason: fmt.Sprintf("%s %s (first observed %s, last post %s)",
				s.Label(pi.old), sp.kind, fmtMS(sp.atMS), fmtMS(r.t.last[pi.old]))})
			break
		}
	}
	l.Evidence = append(l.Evidence, r.reasons(pi)...)
	return l
}

// reasons lists the features that raised the score, with their share of
// the log-odds as the weight.
func (r *run) reasons(pi *pairInfo) []marsad.Evidence {
	s, m, f := r.s, r.o.Model, &pi.f
	old, cand := s.Label(pi.old), s.Label(pi.cand)
	var out []marsad.Evidence
	add := func(i int, reason string, posts []uint32) {
		w := m.Contribution(f, i)
		if w <= 0.05 || f[i] < evidenceMin[i] {
			return
		}
		e := marsad.Evidence{Reason: reason, Weight: round3(w)}
		for _, p := range posts {
			e.Posts = append(e.Posts, s.PostID(p))
		}
		out = append(out, e)
	}
	if pi.shout != nil {
		add(FShout, fmt.Sprintf("%d post(s) name %s and %s together with return vocabulary (%q)", len(pi.shout.posts), old, cand, pi.shout.term), pi.shout.posts)
	}
	if pi.pattern != patternNone {
		add(FHandlePattern, fmt.Sprintf("handle @%s → @%s: %s", pi.oldH, pi.candH, pi.pattern), nil)
	}
	add(FHandleSim, fmt.Sprintf("handles similar (Jaro-Winkler %.2f after folding leet, digits and underscores)", f[FHandleSim]), nil)
	add(FNameSim, fmt.Sprintf("display names %q and %q match (similarity %.2f, script-insensitive)", s.DisplayNames[pi.old], s.DisplayNames[pi.cand], f[FNameSim]), nil)
	add(FBioSim, fmt.Sprintf("bios similar (character trigram cosine %.2f)", f[FBioSim]), nil)
	if pi.hasAvatar {
		add(FAvatarSim, fmt.Sprintf("avatar hashes close (similarity %.2f = 1 − 2·Hamming/bits)", f[FAvatarSim]), nil)
	}
	add(FFolloweeJaccard, fmt.Sprintf("follow %d of the same accounts (Jaccard %.2f)", pi.sharedFollowee, f[FFolloweeJaccard]), nil)
	add(FRefollow, fmt.Sprintf("%d followers of %s follow %s (overlap %.2f)", pi.refollowers, old, cand, f[FRefollow]), nil)
	add(FInteractJaccard, fmt.Sprintf("repost, reply to and mention the same accounts (Jaccard %.2f)", f[FInteractJaccard]), nil)
	add(FStyle, fmt.Sprintf("writing style alike (character n-gram cosine %.2f)", f[FStyle]), nil)
	add(FHours, fmt.Sprintf("post at the same hours of day (cosine %.2f)", f[FHours]), nil)
	add(FGap, fmt.Sprintf("%s first seen %s after %s's last sign of life", cand, fmtDur(pi.gapMS), old), nil)
	if len(pi.announce) > 0 {
		add(FAnnounce, fmt.Sprintf("%s announced a return in its first days", cand), pi.announce)
	}
	add(FProfileReturn, fmt.Sprintf("%s's name or bio marks a return (%q / %q)", cand, s.DisplayNames[pi.cand], s.Bios[pi.cand]), nil)
	slices.SortStableFunc(out, func(a, b marsad.Evidence) int {
		switch {
		case a.Weight > b.Weight:
			return -1
		case a.Weight < b.Weight:
			return 1
		}
		return 0
	})
	return out
}

// evidenceMin is the value below which a feature is not cited as
// evidence: unrelated handles and names still have Jaro-Winkler ≈ 0.5, which
// is no reason to print "handles similar". (The score still counts it.)
var evidenceMin = [NumFeatures]float64{
	FHandleSim: 0.8, FNameSim: 0.8, FBioSim: 0.3, FAvatarSim: 0.3, FStyle: 0.3, FHours: 0.5,
}

func fmtMS(ms int64) string {
	if ms <= 0 {
		return "unknown"
	}
	return time.UnixMilli(ms).UTC().Format(time.RFC3339)
}

func fmtDur(ms int64) string {
	d := time.Duration(ms) * time.Millisecond
	switch {
	case d < time.Hour:
		return fmt.Sprintf("%dm", int(d.Minutes()))
	case d < 48*time.Hour:
		return fmt.Sprintf("%.0fh", d.Hours())
	}
	return fmt.Sprintf("%.1f days", d.Hours()/24)
}
