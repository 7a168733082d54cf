package media_test

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad/internal/media"
)

// A post's image hash compared with the reference photos of two
// watchlisted people: the first photo is 3 bits away (the same picture,
// re-encoded), the second unrelated.
func ExampleMatchPhoto() {
	photos := []media.Entry{
		{Kind: media.KindPDQ, Hash: "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22", Source: "twitter/@activist_a"},
		{Kind: media.KindPDQ, Hash: "e64cc9d91e623842f8d1f1d9a398e78c9f199a3bd87924f2b7e11e0bf061b064", Source: "twitter/@activist_b"},
	}
	ms, err := media.MatchPhoto("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b25", photos, media.DefaultPDQThreshold)
	if err != nil {
		panic(err)
	}
	for _, m := range ms {
		fmt.Println(photos[m.Entry].Source, m.Distance)
	}
	// Output: twitter/@activist_a 3
}

// The same photo posted in March and again in June as if new: the June
// post is flagged with the March post as evidence.
func ExampleFindRecycled() {
	const photo = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"
	day := func(m time.Month, d int) time.Time { return time.Date(2025, m, d, 12, 0, 0, 0, time.UTC) }
	found, _ := media.FindRecycled([]media.Sighting{
		{ID: "post-1", Hash: photo, Seen: day(3, 1)},
		{ID: "post-2", Hash: photo, Seen: day(3, 2)},
		{ID: "post-3", Hash: photo, Seen: day(6, 10)},
	}, media.RecycledOptions{MinGap: 30 * 24 * time.Hour})
	for _, r := range found {
		fmt.Printf("%s reuses %s (%.0f days earlier)\n", r.Item.ID, r.Earliest.ID, r.Gap.Hours()/24)
	}
	// Output: post-3 reuses post-1 (101 days earlier)
}
