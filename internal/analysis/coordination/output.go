package coordination

import (
	"fmt"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// JSON is the DESIGN.md §6 output of `marsad analyze coordination`: ids are
// platform ids as strings.
type JSON struct {
	Groups []JSONGroup `json:"groups"`
	Edges  []JSONEdge  `json:"edges"`
}

// JSONGroup is one group in the JSON output.
type JSONGroup struct {
	Members    []string          `json:"members"`
	Score      float64           `json:"score"`
	Behaviours []Behaviour       `json:"behaviours"`
	Evidence   []marsad.Evidence `json:"evidence,omitempty"`
}

// JSONEdge is one edge in the JSON output. Shared, Sync and PValue are left
// out in toolkit-compatible mode.
type JSONEdge struct {
	A         string            `json:"a"`
	B         string            `json:"b"`
	Weight    int               `json:"weight"`
	Behaviour Behaviour         `json:"behaviour"`
	Score     float64           `json:"score,omitempty"`
	Shared    int               `json:"shared,omitempty"`
	PValue    float64           `json:"p_value,omitempty"`
	Evidence  []marsad.Evidence `json:"evidence,omitempty"`
}

// ToJSON converts r to the output contract.
func (r *Result) ToJSON(s *snapshot.Snapshot) JSON {
	out := JSON{Groups: []JSONGroup{}, Edges: []JSONEdge{}}
	for _, g := range r.Groups {
		jg := JSONGroup{Score: round3(g.Score), Behaviours: g.Behaviours}
		for _, m := range g.Members {
			jg.Members = append(jg.Members, s.AccountIDs[m])
		}
		for _, ev := range g.Evidence {
			jg.Evidence = append(jg.Evidence, groupEvidence(s, ev))
		}
		out.Groups = append(out.Groups, jg)
	}
	for i, e := range r.Edges {
		je := JSONEdge{A: s.AccountIDs[e.A], B: s.AccountIDs[e.B], Weight: e.Weight, Behaviour: e.Behaviour,
			Score: round3(e.Score), Shared: e.Shared, PValue: e.PValue}
		if i < len(r.Evidence) {
			for _, c := range r.Evidence[i] {
				je.Evidence = append(je.Evidence, coActionEvidence(s, c))
			}
		}
		out.Edges = append(out.Edges, je)
	}
	return out
}

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }

// stamp formats a post's author and time for evidence text.
func stamp(s *snapshot.Snapshot, p uint32) string {
	return fmt.Sprintf("%s at %s", s.Label(s.Author[p]), s.Time(p).Format(time.RFC3339))
}

func coActionEvidence(s *snapshot.Snapshot, c CoAction) marsad.Evidence {
	return marsad.Evidence{
		Reason: fmt.Sprintf("%s, %s: %s; %s", c.Behaviour, c.Key, stamp(s, c.PostA), stamp(s, c.PostB)),
		Posts:  []string{s.PostID(c.PostA), s.PostID(c.PostB)},
	}
}

func groupEvidence(s *snapshot.Snapshot, ev GroupEvidence) marsad.Evidence {
	var parts []string
	var ids []string
	for i, p := range ev.Posts {
		if i < 8 {
			parts = append(parts, stamp(s, p))
		}
		ids = append(ids, s.PostID(p))
	}
	if len(ev.Posts) > 8 {
		parts = append(parts, fmt.Sprintf("and %d more", len(ev.Posts)-8))
	}
	return marsad.Evidence{Reason: fmt.Sprintf("%s, %s: %s", ev.Behaviour, ev.Key, strings.Join(parts, "; ")), Posts: ids}
}
