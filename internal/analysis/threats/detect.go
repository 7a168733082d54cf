package threats

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
	"github.com/marsad-project/marsad/internal/arabic"
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
	// A handle written in the text that the data did not resolve (exports
	// without mention entities, handles followed by Arabic digits).
	if m := handleRe.FindStringSubmatch(p.Text); m != nil && !strings.EqualFold(m[1], p.AccountHandle) {
		return marsad.HandleID(m[1]), m[1]
	}
	return "", ""
}

var handleRe = regexp.MustCompile(`(?:^|[^\w@])@(\w{1,30})`)

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
	ns := arabic.Normalize(p.Text)
	toks := arabic.SplitNormalized(ns)
	x, cues := features(p.Text, toks, tid != "")
	tscore := score(x, weights)
	f := Finding{ID: p.ID, Author: p.AccountID, Time: p.CreatedAt.UTC(), Target: tid, TargetHandle: th}
	if df, ok := d.doxx(p, ns, toks, x, tscore, &f); ok {
		// "We know where you live" with a street word is a threat; it is
		// doxxing when a photo, phone, e-mail or street address is published.
		if tscore < d.Thresh || df.Score >= strongDoxx {
			return df, true
		}
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

// Doxxing evidence points. Details: a watchlisted person's photo is direct
// evidence, a phone number or e-mail nearly so; an address or a workplace
// counts less; identity words ("this is him", "his photo") least. Hostility
// (capped at hostilityCap): a threat, intimidation or exposure wording, a
// call to action, an insult. A post is doxxing when it carries at least one
// real detail (photo, phone, e-mail, address or workplace) and some
// hostility, and the points reach doxxThreshold; without an addressed
// account it needs doxxNoTarget (the person may be named in the text only).
var detailPoints = map[string]float64{"photo": 0.7, "phone": 0.5, "email": 0.5, "addr": 0.3, "work": 0.3, "ident": 0.15}

const (
	// strongDoxx is reached only with a photo, phone or e-mail (0.5+) plus
	// hostility, or with several kinds of detail together.
	strongDoxx    = 0.85
	hostilityCap  = 0.4
	doxxThreshold = 0.6
	doxxNoTarget  = 0.9
)

// doxx scores a post for doxxing: a watchlisted person's photo or personal
// details (phone, e-mail, address, workplace, identity) published with
// hostility about a person.
func (d *Detector) doxx(p *marsad.Post, ns string, toks []string, x [numFeatures]float64, tscore float64, f *Finding) (Finding, bool) {
	var ev []marsad.Evidence
	det := personalDetails(p.Text, ns, toks)
	for _, m := range p.Media {
		if e, dist := matchPhoto(d.photos, m); e >= 0 {
			w := d.watch[e]
			if w.AccountID != "" && w.AccountID == p.AccountID {
				break // a person posting their own photo
			}
			det["photo"] = []string{fmt.Sprintf("Hamming distance %d", dist)}
			ev = append(ev, marsad.Evidence{Reason: fmt.Sprintf("media matches the watchlist photo of a protected person (Hamming distance %d)", dist), Posts: []string{p.ID}})
			if f.Target == "" || d.watched(f.Target, f.TargetHandle) != e {
				f.Target, f.TargetHandle = w.AccountID, w.Handle
				if f.Target == "" {
					f.Target = marsad.HandleID(w.Handle)
				}
			}
			break
		}
	}
	details, real := 0.0, false
	for _, k := range []string{"phone", "email", "addr", "work", "ident"} {
		if len(det[k]) > 0 {
			details += detailPoints[k]
			real = real || k != "ident"
			ev = append(ev, marsad.Evidence{Reason: "personal detail (" + k + "): " + strings.Join(det[k], ", "), Posts: []string{p.ID}})
		}
	}
	if len(det["photo"]) > 0 {
		details += detailPoints["photo"]
		real = true
	}
	if !real {
		return Finding{}, false
	}
	hostility := 0.0
	var hostile []string
	add := func(w float64, why string) {
		hostility += w
		hostile = append(hostile, why)
	}
	if tscore >= ThreatThreshold {
		add(0.3, fmt.Sprintf("threat score %.2f", tscore))
	}
	if x[fWarn] == 1 || x[fPhrase] == 1 {
		add(0.25, "intimidation")
	}
	if n := len(det["expose"]); n > 0 {
		add(0.25*float64(min(n, 2)), "exposure wording: "+strings.Join(det["expose"], ", "))
	}
	if cta, ok := campaigns.DetectCallToAction(p.Text, p.Mentions); ok {
		add(0.2, "call to action: "+strings.Join(cta.Cues, ", "))
	}
	if x[fInsult] == 1 {
		add(0.15, "insult")
	}
	if hostility == 0 {
		return Finding{}, false
	}
	s := math.Min(0.99, details+math.Min(hostility, hostilityCap))
	if s < math.Max(doxxThreshold, d.DoxxMin) || (f.Target == "" && s < doxxNoTarget) {
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
