package returns

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// synthetic is a generated population for benchmarks and scale tests: n
// accounts, of which `susp` are suspended and return under a re-spelled
// handle with overlapping follows and vocabulary, plus `looks` innocent
// look-alikes of suspended handles with their own behaviour. It is not the
// simulator (internal/sim measures accuracy); it exists to size the work.
type synthetic struct {
	snap    *snapshot.Snapshot
	returns map[string]string // suspended id → successor id
	looks   map[string]bool
}

var (
	synSyll  = strings.Fields("abu umm omar ali khalid ansar jund sham iraq media news haq nasr fajr sayf asad mujahid tawhid sabr noor sami rami hassan yusuf zaid bilal hamza amin karim adel fadi nour lina sara huda rana dana tariq walid jamal")
	synWords = strings.Fields("الله النصر الدولة الخلافة الجهاد الاصدار الجديد الاخوة الانصار الشام العراق الموصل الرقة المجاهدين الكفار الطواغيت صبر ثبات عز قريب وعد بشرى match coffee school work family city weather football music movie travel friends morning night")
)

func synHandle(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = synSyll[r.IntN(len(synSyll))]
	}
	sep := []string{"_", "", "."}[r.IntN(3)]
	h := strings.Join(parts, sep)
	if r.IntN(3) == 0 {
		h += fmt.Sprint(r.IntN(100))
	}
	return h
}

// synVariant re-spells a handle the way returned accounts do.
func synVariant(r *rand.Rand, h string) string {
	switch r.IntN(5) {
	case 0:
		return h + fmt.Sprint(2+r.IntN(9))
	case 1:
		return strings.NewReplacer("o", "0", "a", "4", "i", "1").Replace(h)
	case 2:
		return "_" + h + "_"
	case 3:
		return h + "_back"
	}
	return strings.ReplaceAll(h, "_", "") + fmt.Sprint(r.IntN(1000))
}

func newSynthetic(n, susp, looks int, seed uint64) *synthetic {
	r := rand.New(rand.NewPCG(seed, 7))
	b := snapshot.NewBuilder()
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	span := 365 * 24 * time.Hour
	hubs := n / 50
	syn := &synthetic{returns: map[string]string{}, looks: map[string]bool{}}
	type acct struct {
		id, handle, name string
		created          time.Time
		vocab            []string
		hour             int
		follows          []int
	}
	accts := make([]acct, 0, n)
	post := 0
	emit := func(a *acct, from, to time.Time, k int) {
		for i := 0; i < k; i++ {
			at := from.Add(time.Duration(r.Int64N(int64(to.Sub(from)) + 1))).Truncate(24 * time.Hour).Add(time.Duration(a.hour) * time.Hour)
			var txt []string
			for j := 0; j < 8; j++ {
				txt = append(txt, a.vocab[r.IntN(len(a.vocab))])
			}
			post++
			b.Add(&marsad.Post{Platform: "twitter", ID: fmt.Sprint(post), AccountID: a.id, AccountHandle: a.handle,
				CreatedAt: at, Text: strings.Join(txt, " "), Kind: marsad.PostOriginal})
		}
	}
	add := func(a acct) *acct {
		accts = append(accts, a)
		p := &accts[len(accts)-1]
		b.AddAccount(&marsad.Account{Platform: "twitter", ID: p.id, Handle: p.handle, DisplayName: p.name,
			CreatedAt: p.created, Followers: -1, Following: -1, PostCount: -1})
		for _, f := range p.follows {
			b.AddFollow(marsad.Follow{Platform: "twitter", FollowerID: p.id, FolloweeID: fmt.Sprint(f)})
		}
		return p
	}
	newAcct := func(created time.Time) acct {
		a := acct{id: fmt.Sprint(len(accts)), handle: synHandle(r), created: created, hour: r.IntN(24)}
		a.name = synSyll[r.IntN(len(synSyll))] + " " + synSyll[r.IntN(len(synSyll))]
		for i := 0; i < 12; i++ {
			a.vocab = append(a.vocab, synWords[r.IntN(len(synWords))])
		}
		for i := 0; i < 15; i++ {
			a.follows = append(a.follows, r.IntN(hubs))
		}
		return a
	}
	base := n - 2*susp - looks
	for i := 0; i < base; i++ {
		a := add(newAcct(start.Add(time.Duration(r.Int64N(int64(span))))))
		emit(a, a.created, start.Add(span), 5)
	}
	for i := 0; i < susp; i++ {
		old := add(newAcct(start.Add(time.Duration(r.Int64N(int64(span * 3 / 4))))))
		suspAt := old.created.Add(time.Duration(24+r.IntN(60*24)) * time.Hour)
		emit(old, old.created, suspAt, 5)
		b.AddStatus(marsad.StatusChange{Platform: "twitter", AccountID: old.id, Handle: old.handle,
			Status: marsad.StatusSuspended, ObservedAt: suspAt.Add(time.Duration(r.IntN(72)) * time.Hour)})
		nw := *old
		nw.id, nw.handle = fmt.Sprint(len(accts)), synVariant(r, old.handle)
		nw.created = suspAt.Add(time.Duration(1+r.IntN(72)) * time.Hour)
		nw.follows = append(append([]int(nil), old.follows[:10]...), r.IntN(hubs), r.IntN(hubs))
		nw.vocab = append(append([]string(nil), old.vocab[:9]...), synWords[r.IntN(len(synWords))])
		succ := add(nw)
		emit(succ, succ.created, succ.created.Add(30*24*time.Hour), 5)
		syn.returns[old.id] = succ.id
	}
	olds := make([]string, 0, len(syn.returns))
	for o := range syn.returns {
		olds = append(olds, o)
	}
	for i := 0; i < looks && len(olds) > 0; i++ {
		var oi int
		fmt.Sscan(olds[r.IntN(len(olds))], &oi)
		old := accts[oi]
		a := newAcct(old.created.Add(time.Duration(24*(2+r.IntN(30))) * time.Hour))
		a.handle = synVariant(r, old.handle)
		p := add(a)
		emit(p, p.created, p.created.Add(60*24*time.Hour), 5)
		syn.looks[p.id] = true
	}
	s, err := b.Build()
	if err != nil {
		panic(err)
	}
	syn.snap = s
	return syn
}
