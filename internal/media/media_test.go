package media

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/marsad-project/marsad/internal/testutil"
)

// cppReference returns the C++ reference hashes of the dihedral set, keyed
// by file name (../shared/testdata/pdq/expected/cpp_readme_dih.csv).
func cppReference(t *testing.T) (root string, names []string, hashes map[string]string) {
	t.Helper()
	root = testutil.SharedTestdata(t, "pdq")
	f, err := os.Open(filepath.Join(root, "expected", "cpp_readme_dih.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	hashes = map[string]string{}
	for _, r := range recs[1:] {
		names = append(names, r[1])
		hashes[r[1]] = r[0]
	}
	return root, names, hashes
}

func TestHashFile(t *testing.T) {
	root, names, ref := cppReference(t)
	h, err := HashFile(filepath.Join(root, names[0]), imagefile.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if d := pdq.Distance(h.PDQ, pdq.MustParseHash(ref[names[0]])); d > 10 {
		t.Errorf("PDQ %d bits from the C++ reference", d)
	}
	if h.Quality < 80 || h.Format != "jpeg" || h.Width == 0 {
		t.Errorf("quality %d format %q width %d", h.Quality, h.Format, h.Width)
	}
	if s := FormatHash64(h.PHash); len(s) != 16 {
		t.Errorf("pHash %q", s)
	}
	if _, err := HashFile(filepath.Join(root, "no-such.jpg"), imagefile.Limits{}); err == nil {
		t.Error("missing file: no error")
	}
}

func TestHexHelpers(t *testing.T) {
	if k, _ := KindOf("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"); k != KindPDQ {
		t.Errorf("64 hex: %s", k)
	}
	if k, _ := KindOf("ABCDEF0123456789"); k != KindPHash {
		t.Errorf("16 hex: %s", k)
	}
	if _, err := KindOf("abc"); err == nil {
		t.Error("3 hex: no error")
	}
	v, err := ParseHash64("p:00000000000000ff")
	if err != nil || v != 0xff {
		t.Errorf("goimagehash form: %x %v", v, err)
	}
	if d, _ := Distance(KindPHash, "00000000000000ff", "000000000000000f"); d != 4 {
		t.Errorf("pHash distance %d, want 4", d)
	}
	if _, err := NormalizeHash("sha1", "00"); err == nil {
		t.Error("unknown kind: no error")
	}
}

func TestMatcherFindsEditedAndRotatedCopies(t *testing.T) {
	root, names, ref := cppReference(t)
	// Bank: bridge-1 and bridge-2 (rotated 90°) by their reference hashes.
	bank := []Entry{
		{Kind: KindPDQ, Hash: ref[names[0]], Labels: []string{"bridge"}},
		{Kind: KindPDQ, Hash: ref[names[1]], Labels: []string{"bridge-rot90"}},
	}
	m, err := NewMatcher(bank)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"bridge-mods/blur-a-lot.jpg", "bridge-mods/shrink-a-lot.jpg", "bridge-mods/square-128x128.jpg", "bridge-mods/sharpen-a-lot.jpg"} {
		h, err := HashFile(filepath.Join(root, f), imagefile.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		got := m.Match(h, DefaultThresholds())
		if len(got) != 1 || got[0].Entry != 0 {
			t.Errorf("%s: matches %+v, want only entry 0 (bridge-1)", f, got)
		}
	}
	pen, err := HashFile(filepath.Join(root, "reg-test-input/pen-and-coaster.png"), imagefile.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Match(pen, DefaultThresholds()); len(got) != 0 {
		t.Errorf("pen-and-coaster matched %+v", got)
	}
	// The rotated copy is found from the original only with dihedral matching.
	orig, err := HashFile(filepath.Join(root, names[0]), imagefile.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	th := DefaultThresholds()
	th.Dihedral = true
	got := m.Match(orig, th)
	if len(got) != 2 || got[1].Entry != 1 && got[0].Entry != 1 {
		t.Fatalf("dihedral matches %+v, want both entries", got)
	}
	for _, g := range got {
		if g.Entry == 1 && g.Dihedral != pdq.Rotate90 {
			t.Errorf("bridge-2 matched through %s, want rotate90", g.Dihedral)
		}
	}
	if _, err := NewMatcher([]Entry{{Kind: KindPDQ, Hash: "xyz"}}); err == nil {
		t.Error("bad hash accepted")
	}
}

func TestMatchPhotoAndHex(t *testing.T) {
	bank := []Entry{
		{Kind: KindPHash, Hash: "ffff0000ffff0000"},
		{Kind: KindPHash, Hash: "ffff0000ffff0003"}, // 2 bits from the first
		{Kind: KindPDQ, Hash: "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"},
	}
	got, err := MatchPhoto("ffff0000ffff0001", bank, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Distance != 1 || got[1].Distance != 1 {
		t.Errorf("MatchPhoto: %+v, want entries 0 and 1 at distance 1", got)
	}
	m, err := NewMatcher(bank)
	if err != nil {
		t.Fatal(err)
	}
	hs, err := m.MatchHex("F8F8F0CCE0F4E84D0E370A22028F67F0B36E2ED596623E1D33E6339C4E9C9B23", DefaultThresholds())
	if err != nil || len(hs) != 1 || hs[0].Entry != 2 || hs[0].Distance != 1 {
		t.Errorf("MatchHex PDQ: %+v %v", hs, err)
	}
}
