package heldout

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLoadSplitsAndValidates(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "c.tsv")
	body := "# comment\nyes\ten\tone\n\nnot\tar-iq\ttwo\told\nyes\tar\tthree\tx\ty\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	dev, test, err := Load(p, "yes", 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(dev) != 2 || len(test) != 1 || dev[0].Text != "one" || test[0].Text != "two" || dev[1].Text != "three" {
		t.Fatalf("halves: dev %+v test %+v", dev, test)
	}
	if !dev[0].Positive || test[0].Positive || test[0].Line != 4 || !slices.Equal(test[0].Extra, []string{"old", ""}) {
		t.Fatalf("row fields: %+v", test[0])
	}
	if Group(test[0].Lang) != "ar" {
		t.Fatalf("group of %q = %q", test[0].Lang, Group(test[0].Lang))
	}
	for _, bad := range []string{"maybe\ten\tx\n", "yes\ten\n", "yes\ten\tx\ta\tb\tc\n"} {
		if err := os.WriteFile(p, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Load(p, "yes", 2); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestConfusion(t *testing.T) {
	var c Confusion
	for _, o := range [][2]bool{{true, true}, {true, false}, {false, true}, {false, false}, {true, true}} {
		c.Add(o[0], o[1])
	}
	if c.TP != 2 || c.FN != 1 || c.FP != 1 || c.TN != 1 || c.Precision() != 2.0/3 || c.Recall() != 2.0/3 {
		t.Fatalf("%+v", c)
	}
}
