package campaigns

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func FuzzDetectCallToAction(f *testing.F) {
	for _, s := range []string{"بلّغوا عن @x يا أنصار", "mass report @a @b", "@٨٢", "@", "#حملة_تبليغ @x\u202e", "report @" + string(rune(0xFFFD))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cta, ok := DetectCallToAction(s, []marsad.Mention{{Handle: "x"}})
		if ok && (len(cta.Targets) == 0 || cta.Score <= 0 || cta.Score >= 1) {
			t.Fatalf("call without target or with score %v: %+v", cta.Score, cta)
		}
	})
}
