// Package snaptest generates synthetic posts for benchmarks of the snapshot
// and the analyses built on it, and offers an in-memory snapshot.Source for
// tests that need one without a database. The posts are shaped like a
// Twitter collection (roughly 40% reposts with a heavy-tailed choice of
// original, 15% replies, hashtags, links and mentions, Arabic and English
// text) but carry no ground truth: accuracy is measured on internal/sim.
package snaptest

import (
	"math/rand/v2"
	"strconv"
	"time"

	"github.com/marsad-project/marsad"
)

// Config shapes Generate.
type Config struct {
	Seed     uint64
	Posts    int
	Accounts int           // default Posts/10 (at least 10)
	Start    time.Time     // default 2024-01-01
	Span     time.Duration // default 30 days
	// Squads, if > 0, adds that many squads of SquadSize accounts (ids
	// "squad<i>-<j>") that retweet every SquadEvery-th original within 15 s
	// of each other, so benchmarks have coordination to find.
	Squads, SquadSize, SquadEvery int
}

// words is a vocabulary of 4,000 made-up Arabic and Latin words (drawn
// with a Zipf law), so texts differ as much as real ones do.
var words = func() []string {
	r := rand.New(rand.NewPCG(1, 2))
	ar := []rune("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
	la := []rune("abcdefghijklmnoprstuvwy")
	out := make([]string, 4000)
	for i := range out {
		letters := ar
		if i%3 == 0 {
			letters = la
		}
		w := make([]rune, 2+r.IntN(6))
		for j := range w {
			w[j] = letters[r.IntN(len(letters))]
		}
		out[i] = string(w)
	}
	return out
}()

var phrases = []string{"صباح الخير", "good morning everyone", "جمعة مباركة", "thank you", "الحمد لله", "breaking news", "لا حول ولا قوة إلا بالله", "happy friday"}

var tags = []string{"عاجل", "news", "Gaza", "breaking", "بيان", "video", "syria", "iraq"}

// Generate calls fn with cfg.Posts posts (plus squad retweets) in roughly
// time order (squad retweets come right after their original). The *Post is reused
// between calls (as a store scan does).
func Generate(cfg Config, fn func(*marsad.Post)) {
	if cfg.Accounts <= 0 {
		cfg.Accounts = max(cfg.Posts/10, 10)
	}
	if cfg.Start.IsZero() {
		cfg.Start = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Span <= 0 {
		cfg.Span = 30 * 24 * time.Hour
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x5eed))
	step := cfg.Span / time.Duration(max(cfg.Posts, 1))
	var p marsad.Post
	var text []byte
	zipf := rand.NewZipf(r, 1.2, 1, uint64(cfg.Accounts-1))
	wordZipf := rand.NewZipf(r, 1.1, 2, uint64(len(words)-1))
	for i := 0; i < cfg.Posts; i++ {
		p = marsad.Post{Platform: marsad.PlatformTwitter, ID: strconv.Itoa(1_000_000_000 + i)}
		a := int(zipf.Uint64())
		p.AccountID = strconv.Itoa(a)
		p.AccountHandle = "user" + p.AccountID
		p.CreatedAt = cfg.Start.Add(time.Duration(i) * step).Truncate(time.Second)
		switch x := r.Float64(); {
		case x < 0.4 && i > 0:
			// Reposts favour recent and popular posts.
			back := int(r.ExpFloat64() * 2000)
			orig := max(i-1-back, 0)
			p.Kind = marsad.PostRepost
			p.RepostOfPostID = strconv.Itoa(1_000_000_000 + orig)
			p.RepostOfAccountID = strconv.Itoa(orig % cfg.Accounts)
			fn(&p)
			continue
		case x < 0.55 && i > 0:
			orig := r.IntN(i)
			p.Kind = marsad.PostReply
			p.ReplyToPostID = strconv.Itoa(1_000_000_000 + orig)
			p.ReplyToAccountID = strconv.Itoa(orig % cfg.Accounts)
		default:
			p.Kind = marsad.PostOriginal
		}
		text = text[:0]
		n := 5 + r.IntN(15)
		if r.IntN(10) == 0 {
			// Stock phrases: the same text posted by unrelated accounts.
			text = append(text, phrases[r.IntN(len(phrases))]...)
			n = 0
		}
		for w := 0; w < n; w++ {
			if w > 0 {
				text = append(text, ' ')
			}
			text = append(text, words[wordZipf.Uint64()]...)
		}
		if r.IntN(3) == 0 {
			m := strconv.Itoa(r.IntN(cfg.Accounts))
			p.Mentions = []marsad.Mention{{AccountID: m, Handle: "user" + m}}
			text = append(text, " @user"+m...)
		}
		if r.IntN(3) == 0 {
			p.Hashtags = []string{tags[r.IntN(len(tags))], tags[r.IntN(len(tags))]}
		}
		if r.IntN(5) == 0 {
			u := "example.com/a/" + strconv.Itoa(r.IntN(cfg.Posts/2000+1))
			p.URLs = []marsad.URL{{Given: "https://" + u + "?utm_source=tw", Canonical: u}}
		}
		p.Text = string(text)
		fn(&p)
		if cfg.Squads > 0 && p.Kind == marsad.PostOriginal && i%max(cfg.SquadEvery, 1) == 0 {
			squadRetweets(r, cfg, &p, fn)
		}
	}
}

// squadRetweets makes one squad retweet the original orig within seconds.
func squadRetweets(r *rand.Rand, cfg Config, orig *marsad.Post, fn func(*marsad.Post)) {
	id, author, at := orig.ID, orig.AccountID, orig.CreatedAt
	sq := r.IntN(cfg.Squads)
	trigger := at.Add(time.Duration(30+r.IntN(300)) * time.Second)
	for j := 0; j < max(cfg.SquadSize, 2); j++ {
		if r.IntN(10) == 0 {
			continue
		}
		acc := "squad" + strconv.Itoa(sq) + "-" + strconv.Itoa(j)
		p := marsad.Post{Platform: marsad.PlatformTwitter, ID: id + "s" + strconv.Itoa(j), AccountID: acc, AccountHandle: acc,
			CreatedAt: trigger.Add(time.Duration(r.IntN(15)) * time.Second), Kind: marsad.PostRepost,
			RepostOfPostID: id, RepostOfAccountID: author}
		fn(&p)
	}
}
