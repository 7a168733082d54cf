package media

import (
	"testing"
	"time"
)

func TestFindRecycled(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	const a = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"
	const a5 = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b3d" // 5 bits from a
	const b = "0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff"
	const c = "123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0"
	items := []Sighting{
		{ID: "late-copy-of-a", Hash: a5, Seen: day(40)},
		{ID: "a-first", Hash: a, Seen: day(0)},
		{ID: "a-again-soon", Hash: a, Seen: day(10)},
		{ID: "b-first", Hash: b, Seen: day(0)},
		{ID: "b-same-week", Hash: b, Seen: day(3)},
		{ID: "c-only", Hash: c, Seen: day(100)},
		{ID: "ph-old", Hash: "ffff0000ffff0000", Seen: day(1)},
		{ID: "ph-new", Hash: "ffff0000ffff0007", Seen: day(90)}, // 3 bits
		{ID: "ph-far", Hash: "0000ffff0000ffff", Seen: day(95)},
		{ID: "bad", Hash: "zz", Seen: day(5)},
	}
	got, skipped := FindRecycled(items, RecycledOptions{})
	if skipped != 1 {
		t.Errorf("skipped %d, want 1", skipped)
	}
	want := map[string]string{"late-copy-of-a": "a-first", "ph-new": "ph-old"}
	if len(got) != len(want) {
		t.Fatalf("flagged %+v, want %v", got, want)
	}
	for _, r := range got {
		if want[r.Item.ID] != r.Earliest.ID {
			t.Errorf("%s: earliest %s, want %s", r.Item.ID, r.Earliest.ID, want[r.Item.ID])
		}
	}
	if got[0].Item.ID != "late-copy-of-a" || got[0].Distance != 5 || got[0].Gap != 40*24*time.Hour {
		t.Errorf("first result %+v, want late-copy-of-a at distance 5, gap 40 days", got[0])
	}
	// A longer minimum gap drops the 40-day reuse but keeps the 89-day one.
	got, _ = FindRecycled(items, RecycledOptions{MinGap: 60 * 24 * time.Hour})
	if len(got) != 1 || got[0].Item.ID != "ph-new" {
		t.Errorf("MinGap 60 days: %+v", got)
	}
}
