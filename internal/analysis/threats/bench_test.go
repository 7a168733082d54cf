package threats

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func BenchmarkClassify(b *testing.B) {
	d := NewDetector([]marsad.WatchlistEntry{{AccountID: "99", PhotoHash: "f8f0e0c0c0e0f0f8"}})
	posts := []marsad.Post{
		{ID: "1", AccountID: "1", Kind: marsad.PostReply, ReplyToAccountID: "2", Text: "@x سنقتلك يا مرتد، نعرف عنوانك"},
		{ID: "2", AccountID: "1", Kind: marsad.PostOriginal, Text: "مقتل 5 أشخاص في انفجار استهدف سوقاً في المدينة حسب الشرطة"},
		{ID: "3", AccountID: "1", Kind: marsad.PostOriginal, Text: "what a match tonight, the striker killed it 😂"},
		{ID: "4", AccountID: "1", Kind: marsad.PostOriginal, Text: "صباح الخير يا جماعة، الجو اليوم جميل"},
	}
	b.ResetTimer()
	for b.Loop() {
		for i := range posts {
			d.Classify(&posts[i])
		}
	}
	b.ReportMetric(float64(len(posts))*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}
