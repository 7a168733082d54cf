package returns_test

import (
	"context"
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/returns"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// An account is suspended and comes back two hours later under a
// re-spelled handle; a peer announces it. The look-alike handle and name
// alone would not be enough: the peer's post corroborates them.
func ExampleAnalyze() {
	t0 := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	b := snapshot.NewBuilder()
	acct := func(id, handle, name string, created time.Time) {
		b.AddAccount(&marsad.Account{Platform: "twitter", ID: id, Handle: handle, DisplayName: name, CreatedAt: created})
	}
	acct("10", "sawt_alhaq", "صوت الحق", t0)
	acct("11", "sawt_alhaq_2", "صوت الحق ٢", t0.Add(5*24*time.Hour+2*time.Hour))
	acct("12", "friend", "friend", t0)
	for i, id := range []string{"10", "10", "11", "11"} {
		b.Add(&marsad.Post{Platform: "twitter", ID: fmt.Sprint(100 + i), AccountID: id, Kind: marsad.PostOriginal,
			CreatedAt: t0.Add(time.Duration(i*2+4) * 24 * time.Hour / 2), Text: "النصر قادم بإذن الله"})
	}
	b.Add(&marsad.Post{Platform: "twitter", ID: "200", AccountID: "12", Kind: marsad.PostOriginal,
		CreatedAt: t0.Add(6 * 24 * time.Hour), Text: "@sawt_alhaq was suspended, follow the new one @sawt_alhaq_2",
		Mentions: []marsad.Mention{{AccountID: "10"}, {AccountID: "11"}}})
	b.AddStatus(marsad.StatusChange{Platform: "twitter", AccountID: "10", Handle: "sawt_alhaq",
		Status: marsad.StatusSuspended, ObservedAt: t0.Add(5 * 24 * time.Hour)})
	s, _ := b.Build()
	res, _ := returns.Analyze(context.Background(), s, returns.DefaultOptions())
	for _, l := range res.Links {
		fmt.Printf("@%s → @%s\n", l.SuspendedHandle, l.SuccessorHandle)
	}
	fmt.Println(res.Families[0].Members)
	// Output:
	// @sawt_alhaq → @sawt_alhaq_2
	// [10 11]
}
