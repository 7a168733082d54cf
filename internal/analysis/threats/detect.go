package threats

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
)

// Finding is one threatening or doxxing post (DESIGN.md §6).
type Finding struct {
	ID           string            `json:"id"`
	Score        float64           `json:"score"`
	Kind         string            `json:"kind"` // "threat" or "doxxing"
	Target       string            `json:"target"`
	TargetHandle string            `json:"target_handle,omitempty"`
	Watchlisted  bool              `json:"watchlisted,omitempty"`
	Author       string            `json:"author"`
	Time         time.Time         `json:"time"`
	Evidence     []marsad.Evidence `json:"evidence"`
}

// Result is the threats analysis output.
type Result struct {
	Posts []Finding `json:"posts"`
}

// Detector classifies posts as threats or doxxing. Build it once with the
// watchlist; Classify is safe for concurrent use.
type Detector struct {
	watch   []marsad.WatchlistEntry
	byID    map[string]int
	byHand  map[string]int
	photos  []photoHash
	Thresh  float64 // threat score threshold, default ThreatThreshold
	DoxxMin float64 // doxxing score threshold, default 0.5
}

// NewDetector prepares the watchlist: account ids, handles and photo hashes
// (PDQ or pHash hex; unparsable hashes are ignored).
func NewDetector(watchlist []marsad.WatchlistEntry) *Detector {
	d := &Detector{watch: watchlist, byID: map[string]int{}, byHand: map[string]int{}, Thresh: ThreatThreshold, DoxxMin: 0.5}
	for i, e := range watchlist {
		if e.AccountID != "" {
			d.byID[e.AccountID] = i
		}
		if e.Handle != "" {
			d.byHand[strings.ToLower(strings.TrimPrefix(e.Handle, "@"))] = i
		}
		if ph, ok := parsePhotoHash(e.PhotoHash, i); ok {
			d.photos = append(d.photos, ph)
		}
	}
	return d
}

// target returns the account a post addresses: the first mention other
// than the author, else the account replied to, else the quoted author.
func target(p *marsad.Post) (id, handle string) {
	for _, m := range p.Mentions {
		if m.AccountID != p.AccountID && (m.AccountID != "" || m.Handle != "") {
			if m.AccountID == "" {
				return marsad.HandleID(m.Handle), m.Handle
			}
			return m.AccountID, m.Handle
		}
	}
	if p.ReplyToAccountID != "" && p.ReplyToAccountID != p.AccountID {
		return p.ReplyToAccountID, ""
	}
	if p.QuotedAccountID != "" && p.QuotedAccountID != p.AccountID {
		return p.QuotedAccountID, ""
	}
	return "", ""
}

// watched returns the watchlist index of an account, or -1.
func (d *Detector) watched(id, handle string) int {
	if i, ok := d.byID[id]; ok && id != "" {
		return i
	}
	if i, ok := d.byHand[strings.ToLower(handle)]; ok && handle != "" {
		return i
	}
	if strings.HasPrefix(id, "@") {
		if i, ok := d.byHand[id[1:]]; ok {
			return i
		}
	}
	return -1
}

// Classify decides whether p is a threat or doxxing. Doxxing is checked
// first (it is the more specific finding); reposts are skipped (the original
// is what is reported).
func (d *Detector) Classify(p *marsad.Post) (Finding, bool) {
	if p.Kind == marsad.PostRepost || (p.Text == "" && len(p.Media) == 0) {
		return Finding{}, false
	}
	tid, th := target(p)
	x, cues := Features(p.Text, tid != "")
	tscore := score(x, weights)
	f := Finding{ID: p.ID, Author: p.AccountID, Time: p.CreatedAt.UTC(), Target: tid, TargetHandle: th}
	if df, ok := d.doxx(p, x, tscore, &f); ok {
		return df, true
	}
	if tscore < d.Thresh {
		return Finding{}, false
	}
	f.Kind = "threat"
	f.Score = round3(tscore)
	f.Evidence = append(f.Evidence, marsad.Evidence{
		Reason: "threat classifier: " + strings.Join(explain(x, cues, weights), "; "),
		Weight: f.Score,
		Posts:  []string{p.ID},
	})
	d.markWatch(&f)
	return f, true
}

func (d *Detector) markWatch(f *Finding) {
	if i := d.watched(f.Target, f.TargetHandle); i >= 0 {
		f.Watchlisted = true
		f.Evidence = append(f.Evidence, marsad.Evidence{Reason: "the target is on the watchlist"})
	}
}

// doxx scores a post for doxxing: a watchlisted person's photo or personal
// details (phone, e-mail, address, workplace, identity) published with
// hostility (a threat score above 0.2, an insult, exposure wording or a call
// to action) about an addressed account.
func (d *Detector) doxx(p *marsad.Post, x [numFeatures]float64, tscore float64, f *Finding) (Finding, bool) {
	var ev []marsad.Evidence
	photoEntry := -1
	for _, m := range p.Media {
		if e, dist := matchPhoto(d.photos, m); e >= 0 {
			photoEntry = e
			ev = append(ev, marsad.Evidence{Reason: fmt.Sprintf("media matches the watchlist photo of a protected person (Hamming distance %d)", dist), Posts: []string{p.ID}})
			break
		}
	}
	det := personalDetails(p.Text)
	hostile := []string{}
	if tscore >= 0.2 {
		hostile = append(hostile, fmt.Sprintf("threat score %.2f", tscore))
	}
	if x[fInsult] == 1 {
		hostile = append(hostile, "insult")
	}
	if len(det["expose"]) > 0 {
		hostile = append(hostile, "exposure wording: "+strings.Join(det["expose"], ", "))
	}
	if cta, ok := campaigns.DetectCallToAction(p.Text, p.Mentions); ok {
		hostile = append(hostile, "call to action: "+strings.Join(cta.Cues, ", "))
	}
	strong := len(det["phone"]) + len(det["email"])
	kinds := 0
	for _, k := range []string{"phone", "email", "addr", "work", "ident"} {
		if len(det[k]) > 0 {
			kinds++
			ev = append(ev, marsad.Evidence{Reason: "personal detail (" + k + "): " + strings.Join(det[k], ", "), Posts: []string{p.ID}})
		}
	}
	if photoEntry >= 0 {
		e := d.watch[photoEntry]
		if e.AccountID == p.AccountID {
			return Finding{}, false // a person posting their own photo
		}
		if f.Target == "" || d.watched(f.Target, f.TargetHandle) != photoEntry {
			f.Target, f.TargetHandle = e.AccountID, e.Handle
			if f.Target == "" {
				f.Target = marsad.HandleID(e.Handle)
			}
		}
	}
	if len(hostile) == 0 || f.Target == "" {
		return Finding{}, false
	}
	// Evidence strength: the photo or a phone/e-mail is direct; addresses,
	// workplaces and identity words need two kinds together.
	s := 0.0
	switch {
	case photoEntry >= 0:
		s = 0.7 + 0.1*float64(min(kinds, 2))
	case strong > 0:
		s = 0.6 + 0.1*float64(min(kinds-1, 2))
	case kinds >= 2:
		s = 0.5 + 0.1*float64(min(kinds-2, 2))
	default:
		return Finding{}, false
	}
	s = math.Min(0.99, s+0.1*math.Min(1, float64(len(hostile)-1)))
	if s < d.DoxxMin {
		return Finding{}, false
	}
	out := *f
	out.Kind = "doxxing"
	out.Score = round3(s)
	out.Evidence = append(ev, marsad.Evidence{Reason: "hostility: " + strings.Join(hostile, "; "), Posts: []string{p.ID}})
	d.markWatch(&out)
	return out, true
}

// SortFindings orders by score (highest first), then time (newest first).
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return b.Time.Compare(a.Time)
	})
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// NewestFirst orders findings by time, newest first (the alert view).
func NewestFirst(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int { return b.Time.Compare(a.Time) })
}
