package threats

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func FuzzClassify(f *testing.F) {
	for _, s := range []string{"@x سنقتلك يا مرتد", "رقمك ٠٥٥١٢٣٤٥٦٧ وعنوانك شارع", "14 Elm Avenue kill", "\u200f\u202e", "a@b.c 12345678"} {
		f.Add(s, "f8f0e0c0c0e0f0f8")
	}
	d := NewDetector([]marsad.WatchlistEntry{{AccountID: "9", PhotoHash: "f8f0e0c0c0e0f0f8"}})
	f.Fuzz(func(t *testing.T, text, hash string) {
		p := &marsad.Post{ID: "1", AccountID: "2", Kind: marsad.PostReply, ReplyToAccountID: "9", Text: text,
			Media: []marsad.Media{{PHash: hash, PDQ: hash}}}
		fd, ok := d.Classify(p)
		if ok && (fd.Score < 0 || fd.Score > 1 || len(fd.Evidence) == 0) {
			t.Fatalf("finding without evidence or score out of range: %+v", fd)
		}
	})
}
