package coordination

import (
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

var t0 = time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)

// scenario builds snapshots from compact post specs.
type scenario struct {
	b *snapshot.Builder
	n int
}

func newScenario() *scenario { return &scenario{b: snapshot.NewBuilder()} }

func (sc *scenario) id() string { sc.n++; return fmt.Sprintf("m%d", sc.n) }

func (sc *scenario) post(p marsad.Post) string {
	if p.ID == "" {
		p.ID = sc.id()
	}
	p.Platform = "twitter"
	if p.Kind == "" {
		p.Kind = marsad.PostOriginal
	}
	sc.b.Add(&p)
	return p.ID
}

func (sc *scenario) original(user string, sec float64, text string) string {
	return sc.post(marsad.Post{AccountID: user, CreatedAt: at(sec), Text: text})
}

func (sc *scenario) retweet(user string, sec float64, orig string) string {
	return sc.post(marsad.Post{AccountID: user, CreatedAt: at(sec), Kind: marsad.PostRepost, RepostOfPostID: orig})
}

func (sc *scenario) link(user string, sec float64, text string, urls ...string) string {
	var us []marsad.URL
	for _, u := range urls {
		us = append(us, marsad.URL{Given: u, Canonical: u})
	}
	return sc.post(marsad.Post{AccountID: user, CreatedAt: at(sec), Text: text, URLs: us})
}

func (sc *scenario) build(t testing.TB) *snapshot.Snapshot {
	t.Helper()
	s, err := sc.b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func at(sec float64) time.Time { return t0.Add(time.Duration(sec * float64(time.Second))) }
