package translit

import (
	"reflect"
	"testing"
)

func TestKeyEqualAcrossScripts(t *testing.T) {
	// Each group spells one name; the skeletons were worked by hand from the
	// class tables in the package comment.
	groups := []struct {
		want  string
		forms []string
	}{
		{"bmr", []string{"Abu Omar", "ابو عمر", "أبو عُمَر", "abu_omar", "ABOU OMAR"}},
		{"kld", []string{"Khalid", "خالد", "khaled", "Khaalid"}},
		{"mhmd", []string{"Muhammad", "Mohammed", "محمد", "mohamad"}},
		{"slh", []string{"Salah", "صلاح", "salaah"}},
	}
	for _, g := range groups {
		for _, f := range g.forms {
			if got := Key(f); got != g.want {
				t.Errorf("Key(%q)=%q want %q", f, got, g.want)
			}
		}
	}
	if Key("Khalid") == Key("Hamid") {
		t.Errorf("different names must not share a key")
	}
}

func TestFoldStripParts(t *testing.T) {
	cases := []struct{ in, fold, strip string }{
		{"Ab0_0mar", "abo_omar", "aboomar"},
		{"abu_omar22", "abu_omar22", "abuomar"},
		{"3li_7", "eli_7", "eli"},
		{"n3wacc", "newacc", "newacc"},
		{"amina811_ukht", "amina811_ukht", "aminaukht"},
		{"binqut4ibba0", "binqutaibba0", "binqutaibba"},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.fold {
			t.Errorf("Fold(%q)=%q want %q", c.in, got, c.fold)
		}
		if got := Strip(Fold(c.in)); got != c.strip {
			t.Errorf("Strip(Fold(%q))=%q want %q", c.in, got, c.strip)
		}
	}
	if got := Parts("AbuOmar_Iraq2"); !reflect.DeepEqual(got, []string{"abu", "omar", "iraq"}) {
		t.Errorf("Parts=%v", got)
	}
}

func FuzzKey(f *testing.F) {
	f.Add("Abu Omar")
	f.Add("أبو عُمَر")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		_ = Key(s)
		_ = Parts(s)
		_ = Strip(Fold(s))
	})
}
