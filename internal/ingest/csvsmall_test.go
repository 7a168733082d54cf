package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// Tests of the four small CSV formats (follows, status, watchlist,
// media-hashes). Expected values are read off the hand-written fixtures.

func TestFollowsCSV(t *testing.T) {
	s := decodeFile(t, &FollowsCSV, csvFixture("csv_follows.csv"), Options{})
	want := []marsad.Follow{
		{Platform: "twitter", FollowerID: "1067430261893390336", FolloweeID: "2469071234", ObservedAt: mustTime(t, "2019-10-11T18:43:00Z")},
		{Platform: "twitter", FollowerID: "@jundi_1", FolloweeID: "@amaq_en"},
	}
	if !reflect.DeepEqual(s.Follows, want) {
		t.Errorf("follows = %+v\nwant %+v", s.Follows, want)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{4, 5}) {
		t.Errorf("reject lines %v, want [4 5]", got)
	}
	s, err := decodeCSVString(t, &FollowsCSV, "follower_id,followee_id\n1,2\n", Options{Platform: "Telegram"})
	if err != nil || s.Follows[0].Platform != "telegram" {
		t.Errorf("platform override: %v %+v", err, s.Follows)
	}
	if _, err := decodeCSVString(t, &FollowsCSV, "follower,followee\n1,2\n", Options{}); err == nil ||
		!strings.Contains(err.Error(), "follower_id, followee_id") {
		t.Errorf("missing columns error = %v", err)
	}
}

func TestStatusCSV(t *testing.T) {
	s := decodeFile(t, &StatusCSV, csvFixture("csv_status.csv"), Options{})
	want := []marsad.StatusChange{
		{Platform: "twitter", AccountID: "1067430261893390336", Handle: "jundi_1", Status: marsad.StatusSuspended, ObservedAt: mustTime(t, "2019-10-12T08:00:00Z")},
		{Platform: "twitter", AccountID: "@amaq_en", Handle: "Amaq_EN", Status: marsad.StatusDeleted, ObservedAt: mustTime(t, "2019-10-12T08:00:00Z")},
		{Platform: "twitter", AccountID: "9999", Handle: "x", Status: marsad.StatusSuspended},
	}
	if !reflect.DeepEqual(s.StatusChanges, want) {
		t.Errorf("status = %+v\nwant %+v", s.StatusChanges, want)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{4, 5}) {
		t.Errorf("reject lines %v, want [4 5] (unknown status, no account)", got)
	}
	if !strings.Contains(s.Rejects[0].Reason, `"banned"`) {
		t.Errorf("reason %q should quote the status", s.Rejects[0].Reason)
	}
}

func TestWatchlistCSV(t *testing.T) {
	s := decodeFile(t, &WatchlistCSV, csvFixture("csv_watchlist.csv"), Options{})
	want := []marsad.WatchlistEntry{
		{Platform: "twitter", Handle: "nour_activist", Name: "نور", PhotoPath: "photos/nour.jpg",
			PhotoHash: "f8f8f0f0e0e0c0c0", Note: "صحفية; تتعرض لحملة\nمنذ ٢٠١٩"},
		{Platform: "twitter", AccountID: "1234567890123456789"},
	}
	if !reflect.DeepEqual(s.Watched, want) {
		t.Errorf("watchlist = %+v\nwant %+v", s.Watched, want)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{5, 6}) {
		t.Errorf("reject lines %v, want [5 6]", got)
	}
}

func TestMediaHashesCSV(t *testing.T) {
	s := decodeFile(t, &MediaHashesCSV, csvFixture("csv_media_hashes.csv"), Options{})
	want := []marsad.MediaHash{
		{MediaURL: "https://pbs.twimg.com/media/A.jpg", Hash: "f8f8f0f0e0e0c0c0"},
		{MediaURL: "https://pbs.twimg.com/media/B.jpg", Hash: strings.Repeat("f8f8f0f0e0e0c0c0", 4)},
	}
	if !reflect.DeepEqual(s.MediaHashes, want) {
		t.Errorf("hashes = %+v\nwant %+v", s.MediaHashes, want)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{4, 5, 6}) {
		t.Errorf("reject lines %v, want [4 5 6]", got)
	}
}

func FuzzSmallCSV(f *testing.F) {
	for _, name := range []string{"csv_follows.csv", "csv_status.csv", "csv_watchlist.csv", "csv_media_hashes.csv"} {
		b, err := os.ReadFile(csvFixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, fm := range []*Format{&FollowsCSV, &StatusCSV, &WatchlistCSV, &MediaHashesCSV} {
			csvFuzzDecode(t, fm, data, Options{})
		}
	})
}
