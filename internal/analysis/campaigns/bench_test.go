package campaigns

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// benchSnapshot builds n posts over three weeks among n/20 accounts: mostly
// chatter and replies, 1% of them calls to action followed by pile-ons.
func benchSnapshot(b *testing.B, n int) *snapshot.Snapshot {
	b.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	bl := snapshot.NewBuilder()
	accounts := max(n/20, 50)
	texts := []string{"صباح الخير يا جماعة", "what a match tonight", "الله يوفقك", "agreed, good point", "ههههه حلوة"}
	for i := 0; i < n; i++ {
		au := r.IntN(accounts)
		at := t0.Add(time.Duration(r.Int64N(int64(21 * 24 * time.Hour))))
		p := &marsad.Post{Platform: "twitter", ID: fmt.Sprint(i + 1), AccountID: fmt.Sprint(au), CreatedAt: at, Kind: marsad.PostOriginal, Text: texts[r.IntN(len(texts))]}
		if r.IntN(3) == 0 {
			tg := r.IntN(accounts)
			p.Kind, p.ReplyToAccountID = marsad.PostReply, fmt.Sprint(tg)
			p.Mentions = []marsad.Mention{{AccountID: fmt.Sprint(tg), Handle: fmt.Sprint("h", tg)}}
		}
		if r.IntN(100) == 0 {
			tg := r.IntN(accounts)
			p.Text = fmt.Sprintf("يا أنصار بلغوا عن @h%d", tg)
			p.Mentions = []marsad.Mention{{AccountID: fmt.Sprint(tg), Handle: fmt.Sprint("h", tg)}}
		}
		bl.Add(p)
	}
	s, err := bl.Build()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkFindCalls(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	b.ResetTimer()
	for b.Loop() {
		FindCalls(s)
	}
	b.ReportMetric(float64(s.NumPosts())*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}

func BenchmarkDetectAllTargets(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	calls := FindCalls(s)
	b.ResetTimer()
	for b.Loop() {
		Detect(s, Options{AllTargets: true, Calls: calls})
	}
	b.ReportMetric(float64(s.NumPosts())*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}

func BenchmarkDetectCallToAction(b *testing.B) {
	text := "عاجل يا أنصار: بلّغوا عن الحساب @target_acc فوراً #حملة_تبليغ"
	for b.Loop() {
		DetectCallToAction(text, nil)
	}
}
