package media

import (
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/testutil"
)

func TestWatchlistBank(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	ws := []marsad.WatchlistEntry{
		{Platform: "twitter", AccountID: "1", PhotoHash: "F8F8F0CCE0F4E84D0E370A22028F67F0B36E2ED596623E1D33E6339C4E9C9B22"},
		{Platform: "twitter", Handle: "activist", PhotoPath: filepath.Join(root, "misc-images/c.png")},
		{Platform: "twitter", AccountID: "3"}, // no photo
		{Platform: "twitter", AccountID: "4", PhotoPath: filepath.Join(root, "missing.jpg")},
		{Platform: "twitter", AccountID: "5", PhotoHash: "abc"},
	}
	es, owner, errs := WatchlistBank(ws, imagefile.Limits{})
	if len(es) != 3 || owner[0] != 0 || owner[1] != 1 || owner[2] != 1 || len(errs) != 2 {
		t.Fatalf("entries %+v owners %v errors %v", es, owner, errs)
	}
	if es[1].Source != "twitter/@activist" || es[1].Kind != KindPDQ || es[2].Kind != KindPHash {
		t.Errorf("photo entries %+v", es[1:])
	}
	// A re-encoded copy of the activist's photo matches their entry.
	h, err := HashFile(filepath.Join(root, "misc-images/c.png"), imagefile.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	ms, err := MatchPhoto(h.PDQ.String(), es, DefaultPDQThreshold)
	if err != nil || len(ms) != 1 || owner[ms[0].Entry] != 1 {
		t.Errorf("MatchPhoto: %+v %v", ms, err)
	}
}
