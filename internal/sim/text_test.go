package sim

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func FuzzHandleVariant(f *testing.F) {
	for _, s := range []string{"abu_omar_shami", "x_1", "Omar", "abc", "___", "a_b_c_d_e_f_g_h", "3omar99"} {
		f.Add(s, uint64(1))
	}
	f.Fuzz(func(t *testing.T, old string, seed uint64) {
		if !reHandle.MatchString(old) {
			return // only valid handles are ever varied
		}
		r := newRNG(seed, "fuzz")
		v := handleVariant(r, old)
		if !reHandle.MatchString(v) || strings.EqualFold(v, old) {
			t.Fatalf("handleVariant(%q) = %q: want a different valid handle", old, v)
		}
	})
}

func TestNoiseKeepsEntities(t *testing.T) {
	in := "@abu_omar12 بلغوا عن الحساب #حملة_تبليغ 123 https://t.co/abc الآن"
	for seed := range uint64(200) {
		out := noise(newRNG(seed, "n"), in, 1)
		for _, keep := range []string{"@abu_omar12", "#حملة_تبليغ", "https://t.co/abc"} {
			if !strings.Contains(out, keep) {
				t.Fatalf("seed %d: noise lost %q: %q", seed, keep, out)
			}
		}
	}
	changed := 0
	for seed := range uint64(50) {
		if noise(newRNG(seed, "n"), "سنقتلك يا خائن، نعرف أين تسكن في المدينة 2024", 1) != "سنقتلك يا خائن، نعرف أين تسكن في المدينة 2024" {
			changed++
		}
	}
	if changed < 40 {
		t.Errorf("noise at level 1 changed only %d of 50 texts", changed)
	}
}

func TestHashtagsIn(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"a #b c #d_e", []string{"b", "d_e"}},
		{"#ولاية_الفرات | إصدار", []string{"ولاية_الفرات"}},
		{"no tags # here", nil},
		{"#tag1,#tag2.", []string{"tag1", "tag2"}},
	} {
		if got := hashtagsIn(c.in); !slices.Equal(got, c.want) {
			t.Errorf("hashtagsIn(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLangOf(t *testing.T) {
	for in, want := range map[string]string{"مرحبا بكم": "ar", "hello world": "en", "😂😂": "und", "RT @x: مرحبا": "ar"} {
		if got := langOf(in); got != want {
			t.Errorf("langOf(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSnowflakeIDs(t *testing.T) {
	var g idGen
	at := DefaultStart.Add(3600e9)
	a, b := g.at(at), g.at(at)
	if a == b || !snowflakeTime(a).Equal(at.Truncate(1e6)) {
		t.Fatalf("ids %d %d, time %v want %v", a, b, snowflakeTime(a), at)
	}
	if n := len(idStr(a)); n < 18 || n > 19 {
		t.Fatalf("id %d has %d digits", a, n)
	}
}

func FuzzLoadTruth(f *testing.F) {
	f.Add([]byte(`{"seed":1,"roles":{"1":"official"},"returns":[{"suspended":"1","successor":"2"}]}`))
	f.Add([]byte(`{"campaigns":[{"target_suspended_at":"not a time"}]}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p := filepath.Join(t.TempDir(), "truth.json")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		tr, err := LoadTruth(p)
		if err == nil && tr == nil {
			t.Fatal("nil truth without error")
		}
		if err == nil {
			tr.Successor("x") // must not panic on any decoded truth
		}
	})
}
