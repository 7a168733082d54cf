package coordination

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// squadAndStorms is a behaviour-level scenario: a squad that retweets every
// release within seconds and pastes edited copies of the same text, organic
// supporters who retweet the same releases minutes to hours later, and viral
// storms in which hundreds of accounts (some of them in every storm) retweet
// the same post within minutes.
func squadAndStorms(seed uint64, squadSize int) (*snapshot.Snapshot, []string) {
	r := rand.New(rand.NewPCG(seed, 1))
	sc := newScenario()
	var squad []string
	for i := 0; i < squadSize; i++ {
		squad = append(squad, fmt.Sprintf("squad%d", i))
	}
	day := 86400.0
	for rel := 0; rel < 20; rel++ {
		t := float64(rel) * day / 4
		orig := sc.original("official", t, fmt.Sprintf("release %d", rel))
		trigger := t + 60 + r.Float64()*600
		for _, m := range squad {
			if r.Float64() < 0.9 {
				sc.retweet(m, trigger+r.Float64()*15, orig)
			}
		}
		for o := 0; o < 40; o++ {
			if r.Float64() < 0.5 {
				sc.retweet(fmt.Sprintf("organic%d", o), t+r.ExpFloat64()*1800, orig)
			}
		}
	}
	// Copy-paste operations with small edits.
	bases := []string{
		"يا أنصار الدولة انشروا هذا البيان في كل مكان نصرة للإخوة",
		"الإصدار الجديد من المكتب الإعلامي متاح الآن انشروه",
		"Share the new release everywhere brothers, they cannot stop us",
		"حملة النشر مستمرة حتى يصل صوت الإخوة إلى الجميع",
	}
	for op := 0; op < 8; op++ {
		t := 3*day + float64(op)*7200
		base := bases[op%len(bases)]
		for i, m := range squad {
			txt := base
			// Edits that survive normalisation: an added word, a
			// dropped word, plus noise that does not (emoji, mentions).
			if i%2 == 1 {
				txt += " فورا"
			}
			if i%3 == 2 {
				txt = "🔥 " + txt[strings.Index(txt, " ")+1:] + " @someone"
			}
			sc.original(m, t+r.Float64()*20, txt)
		}
	}
	// Viral storms: 12 posts, each retweeted by 250 accounts within 10 minutes;
	// accounts crowd0..crowd59 join every storm.
	for v := 0; v < 12; v++ {
		t := 5*day + float64(v)*3*3600
		orig := sc.original(fmt.Sprintf("celebrity%d", v%3), t, fmt.Sprintf("viral %d", v))
		for i := 0; i < 250; i++ {
			u := i
			if i >= 60 {
				u = 60 + r.IntN(600)
			}
			sc.retweet(fmt.Sprintf("crowd%d", u), t+r.Float64()*600, orig)
		}
	}
	// Organic chatter: everyone posts some originals.
	vocab := strings.Fields("the a today news people match city rain وين اليوم الناس المباراة الطقس خبر عاجل صباح مساء الخير good morning football coffee work")
	for i := 0; i < 3000; i++ {
		var words []string
		for w := 0; w < 6+r.IntN(10); w++ {
			words = append(words, vocab[r.IntN(len(vocab))])
		}
		sc.original(fmt.Sprintf("crowd%d", r.IntN(660)), r.Float64()*6*day, strings.Join(words, " "))
	}
	s, err := sc.b.Build()
	if err != nil {
		panic(err)
	}
	return s, squad
}

func TestDetectSquadNotStorms(t *testing.T) {
	s, squad := squadAndStorms(42, 8)
	r, err := Detect(context.Background(), s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range r.Stats {
		t.Log(st)
	}
	if len(r.Groups) != 1 {
		for _, g := range r.Groups {
			t.Logf("group %v score %.2f %v", ids(s, g.Members), g.Score, g.Behaviours)
		}
		t.Fatalf("got %d groups, want 1 (the squad)", len(r.Groups))
	}
	g := r.Groups[0]
	if got := ids(s, g.Members); !slices.Equal(got, sorted(squad)) {
		t.Fatalf("group = %v, want the squad %v", got, squad)
	}
	for _, b := range []Behaviour{CoRetweet, NearDuplicate} {
		if !slices.Contains(g.Behaviours, b) {
			t.Errorf("group behaviours %v lack %s", g.Behaviours, b)
		}
	}
	if g.Score <= 0.5 || g.Score > 1 {
		t.Errorf("group score %.3f, want in (0.5, 1]", g.Score)
	}
	if len(g.Evidence) == 0 || len(g.Evidence[0].Posts) < 4 {
		t.Errorf("group evidence too thin: %+v", g.Evidence)
	}
	for i, e := range r.Edges {
		if !strings.HasPrefix(s.AccountIDs[e.A], "squad") || !strings.HasPrefix(s.AccountIDs[e.B], "squad") {
			t.Errorf("edge outside the squad: %s %s %s w=%d shared=%d", s.AccountIDs[e.A], s.AccountIDs[e.B], e.Behaviour, e.Weight, e.Shared)
		}
		if len(r.Evidence[i]) == 0 {
			t.Errorf("edge %d without evidence", i)
		}
	}
	j := r.ToJSON(s)
	if len(j.Groups) != 1 || len(j.Groups[0].Members) != len(squad) || len(j.Edges) != len(r.Edges) {
		t.Errorf("JSON does not mirror the result")
	}
}

func TestDetectBehaviourSelection(t *testing.T) {
	s, _ := squadAndStorms(7, 6)
	r, err := Detect(context.Background(), s, Options{Behaviours: []Behaviour{CoLink}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Edges) != 0 || len(r.Groups) != 0 {
		t.Fatalf("co-link only: want nothing (no links in the scenario), got %d edges", len(r.Edges))
	}
	r, err = Detect(context.Background(), s, Options{Behaviours: []Behaviour{CoTweet}})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range r.Edges {
		if e.Behaviour != CoTweet {
			t.Fatalf("edge of behaviour %s with only co-tweet selected", e.Behaviour)
		}
	}
	if len(r.Edges) == 0 {
		t.Fatal("identical pasted texts gave no co-tweet edge")
	}
}

func TestWindowInclusive(t *testing.T) {
	sc := newScenario()
	for i := 0; i < 4; i++ {
		o := sc.original("off", float64(i*1000), fmt.Sprintf("r%d", i))
		sc.retweet("a", float64(i*1000+10), o)
		sc.retweet("b", float64(i*1000+70), o)     // exactly 60 s after a
		sc.retweet("c", float64(i*1000)+70.001, o) // 60.001 s after a
	}
	s := sc.build(t)
	kp := keysOf(s, CoRetweet, Options{})
	o, _ := Options{}.withDefaults()
	pairs, _ := countPairs(s, kp, o)
	cands := candidates(pairs, 4)
	var got []string
	for _, c := range cands {
		got = append(got, s.AccountIDs[c.a]+s.AccountIDs[c.b])
	}
	slices.Sort(got)
	if want := []string{"ab", "bc"}; !slices.Equal(got, want) {
		t.Fatalf("pairs of weight 4 = %v, want %v (a–b exactly 60 s apart counts, a–c 60.001 s does not)", got, want)
	}
}

func TestCrowdBound(t *testing.T) {
	// 5,000 retweets of one post within 100 s: work and co-actions are
	// bounded by CrowdSize per action, not quadratic.
	sc := newScenario()
	o := sc.original("star", 0, "viral")
	for i := 0; i < 5000; i++ {
		sc.retweet(fmt.Sprintf("u%d", i), float64(i)/50, o)
	}
	s := sc.build(t)
	opts, _ := Options{CrowdSize: 20}.withDefaults()
	pairs, _ := countPairs(s, keysOf(s, CoRetweet, opts), opts)
	if len(pairs) > 5000*20 || len(pairs) < 4000*20 {
		t.Fatalf("co-actions = %d, want about 5000×20 (bounded), not 12.5M", len(pairs))
	}
}

func TestExplain(t *testing.T) {
	s, _ := squadAndStorms(42, 8)
	a, _ := s.Account("squad0")
	b, _ := s.Account("squad1")
	acts, err := Explain(s, a, b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := map[Behaviour]int{}
	for _, c := range acts {
		n[c.Behaviour]++
		if s.Author[c.PostA] != a || s.Author[c.PostB] != b {
			t.Fatalf("co-action posts not by a and b")
		}
		if d := s.TimeMS[c.PostA] - s.TimeMS[c.PostB]; d > 60000 || d < -60000 {
			t.Fatalf("co-action %v apart", time.Duration(d)*time.Millisecond)
		}
	}
	if n[CoRetweet] < 10 || n[NearDuplicate]+n[CoTweet] < 4 {
		t.Fatalf("explain counts %v, want ≥10 co-retweets and ≥4 text co-actions", n)
	}
	c, _ := s.Account("crowd0")
	if acts, _ := Explain(s, a, c, Options{}); len(acts) != 0 {
		t.Fatalf("squad0 and crowd0 never co-acted, got %d", len(acts))
	}
}

func TestPoissonTail(t *testing.T) {
	// Hand-computed: P(X≥3; λ=1) = 1 − e⁻¹(1 + 1 + 1/2); P(X≥1; λ=0.1) = 1 − e^−0.1;
	// P(X≥20; λ=0.5) ≈ e^−0.5 0.5^20/20! (1 + 0.5/21 + …).
	tests := []struct {
		k    int
		l    float64
		want float64
	}{
		{3, 1, 0.08030139707139416},
		{1, 0.1, 0.09516258196404048},
		{20, 0.5, 2.4354654299253e-25},
		{0, 5, 1},
	}
	for _, tt := range tests {
		got := poissonTail(tt.k, tt.l)
		if d := got/tt.want - 1; d > 1e-3 || d < -1e-3 {
			t.Errorf("poissonTail(%d, %v) = %g, want %g", tt.k, tt.l, got, tt.want)
		}
	}
}

func ids(s *snapshot.Snapshot, as []uint32) []string {
	var out []string
	for _, a := range as {
		out = append(out, s.AccountIDs[a])
	}
	slices.Sort(out)
	return out
}

func sorted(s []string) []string { s = slices.Clone(s); slices.Sort(s); return s }

var _ = marsad.PostOriginal
