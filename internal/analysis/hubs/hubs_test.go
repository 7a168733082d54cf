package hubs

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

// scene builds a hand-made snapshot: a famous account "L" whose six
// disciples repost it again and again, four official accounts whose releases
// a squad of six amplifiers reposts evenly (devoted to nobody), and a ring of
// friends who reply to each other (no leader).
func scene(t testing.TB) *snapshot.Snapshot {
	t.Helper()
	b := snapshot.NewBuilder()
	t0 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	n := 0
	post := func(author string, at time.Duration, mod func(*marsad.Post)) string {
		n++
		p := &marsad.Post{Platform: "twitter", ID: fmt.Sprint(n), AccountID: author, CreatedAt: t0.Add(at), Kind: marsad.PostOriginal, Text: "text " + fmt.Sprint(n)}
		if mod != nil {
			mod(p)
		}
		b.Add(p)
		return p.ID
	}
	repost := func(author, orig, origAuthor string, at time.Duration) {
		post(author, at, func(p *marsad.Post) {
			p.Kind, p.RepostOfPostID, p.RepostOfAccountID, p.Text = marsad.PostRepost, orig, origAuthor, ""
		})
	}
	for i := 0; i < 4; i++ {
		orig := post("L", time.Duration(i)*time.Hour, nil)
		for d := 0; d < 6; d++ {
			repost(fmt.Sprintf("d%d", d), orig, "L", time.Duration(i)*time.Hour+time.Duration(d+1)*time.Minute)
		}
	}
	for o := 0; o < 4; o++ {
		off := fmt.Sprintf("off%d", o)
		for r := 0; r < 2; r++ {
			orig := post(off, time.Duration(10+o*2+r)*time.Hour, nil)
			for a := 0; a < 6; a++ {
				repost(fmt.Sprintf("amp%d", a), orig, off, time.Duration(10+o*2+r)*time.Hour+time.Duration(a+1)*time.Second)
			}
		}
	}
	for i := 0; i < 6; i++ {
		for j := 0; j < 6; j++ {
			if i != j {
				parent := post(fmt.Sprintf("f%d", i), time.Duration(30+i)*time.Hour+time.Duration(j)*time.Minute, nil)
				post(fmt.Sprintf("f%d", j), time.Duration(30+i)*time.Hour+time.Duration(j)*time.Minute+time.Second, func(p *marsad.Post) {
					p.Kind, p.ReplyToPostID, p.ReplyToAccountID = marsad.PostReply, parent, fmt.Sprintf("f%d", i)
				})
			}
		}
	}
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDetectFindsDisciplesNotSquadsOrFriends(t *testing.T) {
	s := scene(t)
	r := Detect(s, Options{})
	rep := NewReport(s, r)
	if len(rep.Hubs) != 1 {
		t.Fatalf("got %d hubs, want 1 (the famous account's): %+v", len(rep.Hubs), rep.Hubs)
	}
	h := rep.Hubs[0]
	if h.Leader != "L" {
		t.Fatalf("leader = %s, want L", h.Leader)
	}
	got := slices.Clone(h.Members[1:])
	slices.Sort(got)
	want := []string{"d0", "d1", "d2", "d3", "d4", "d5"}
	if !slices.Equal(got, want) {
		t.Fatalf("disciples = %v, want %v", got, want)
	}
	// Each disciple gives all its interactions to L: devotion 1.
	if h.Score != 1 {
		t.Fatalf("score = %v, want 1", h.Score)
	}
	if len(h.TopPosts) == 0 || h.TopPosts[0].Count != 6 {
		t.Fatalf("top posts = %+v, want L's posts amplified 6 times each", h.TopPosts)
	}
	if len(h.Evidence) == 0 || len(h.Evidence[1].Posts) == 0 {
		t.Fatalf("hub without evidence posts: %+v", h.Evidence)
	}
}

func TestDetectDeterministic(t *testing.T) {
	s := scene(t)
	a, _ := json.Marshal(NewReport(s, Detect(s, Options{Seed: 3})))
	b, _ := json.Marshal(NewReport(s, Detect(s, Options{Seed: 3})))
	if string(a) != string(b) {
		t.Fatal("same seed gave different hubs")
	}
}

func TestGraphExportHasHubEdges(t *testing.T) {
	s := scene(t)
	r := Detect(s, Options{})
	g := Graph(s, r)
	if len(g.Nodes) != 7 || len(g.Edges) != 6 {
		t.Fatalf("graph has %d nodes, %d edges; want 7 and 6 (disciples → leader)", len(g.Nodes), len(g.Edges))
	}
	for _, e := range g.Edges {
		if e.Target != "L" || e.Label != "repost" || e.Weight != 4 {
			t.Fatalf("edge %+v, want disciple → L, 4 reposts", e)
		}
	}
}

func TestEmptySnapshot(t *testing.T) {
	s, err := snapshot.NewBuilder().Build()
	if err != nil {
		t.Fatal(err)
	}
	if r := Detect(s, Options{}); len(r.Hubs) != 0 {
		t.Fatalf("hubs in an empty snapshot: %v", r.Hubs)
	}
}

// BenchmarkDetect measures hub detection on synthetic collections.
func BenchmarkDetect(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			bl := snapshot.NewBuilder()
			snaptest.Generate(snaptest.Config{Posts: n, Accounts: n / 10, Seed: 1}, func(p *marsad.Post) { bl.Add(p) })
			s, err := bl.Build()
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Detect(s, Options{})
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
		})
	}
}

func TestAnnotateRoles(t *testing.T) {
	s := scene(t)
	rep := NewReport(s, Detect(s, Options{}))
	rep.AnnotateRoles(map[string]string{"L": "official", "d0": "amplifier", "d1": "amplifier"})
	h := rep.Hubs[0]
	if h.LeaderRole != "official" {
		t.Fatalf("leader role %q, want official", h.LeaderRole)
	}
	if h.MemberRoles["amplifier"] != 2 || h.MemberRoles["other"] != 4 {
		t.Fatalf("member roles %v, want 2 amplifiers and 4 other", h.MemberRoles)
	}
}
