package threats

import (
	"testing"

	"github.com/marsad-project/marsad"
)

// Hand-written examples in several dialects and registers. They are not the
// simulator's templates: they check that the lexicon and the context rules
// generalise.
var threatExamples = []struct {
	text   string
	target bool
	threat bool
}{
	// threats
	{"سنقتلك يا مرتد", true, true},
	{"والله لنذبحك قريبا", true, true},
	{"رح ادبحك يا كلب", true, true},
	{"هنقتلك يا خاين", true, true},
	{"اقتلوه هذا المرتد", true, true},
	{"دمك مهدور يا عميل 🔪", true, true},
	{"نعرف عنوانك وايامك معدوده", true, true},
	{"بدنا نقطع راسك", true, true},
	{"We will kill you, apostate", true, true},
	{"ur dead, we know where you live", true, true},
	{"someone should shoot him", true, true},
	{"i'm gonna slit your throat traitor", true, true},
	{"k1ll this dog 🔪🔪", true, true},
	// not threats
	{"مقتل 5 أشخاص في انفجار في السوق", false, false},
	{"الشرطة تعتقل رجلا هدد بقتل صحفي", false, false},
	{"ندين التهديد بالقتل الذي تعرض له الصحفي", true, false},
	{"﴿ولا تقتلوا النفس التي حرم الله إلا بالحق﴾", false, false},
	{"ذبحناهم في المباراة 4-0 ⚽", false, false},
	{"this song is killing me 😂", false, false},
	{"5 people killed in an attack in the capital, police say", false, false},
	{"We condemn the death threats against the journalist", true, false},
	{"the striker murdered the defence tonight, what a match", false, false},
	{"صباح الخير يا جماعة", true, false},
	{"I'd kill for a coffee right now lol", false, false},
}

func TestThreatScore(t *testing.T) {
	for _, ex := range threatExamples {
		s, why := ThreatScore(ex.text, ex.target)
		if (s >= ThreatThreshold) != ex.threat {
			t.Errorf("ThreatScore(%q) = %.3f, want threat=%v; features: %q", ex.text, s, ex.threat, why)
		}
	}
}

func TestThreatScoreSpellingVariants(t *testing.T) {
	for _, v := range []string{"سَنَقْتُلُكَ يا مُرْتَدّ", "سـنـقـتـلـك يا مـرتـد", "سنقتلللك يا مرتد", "سنقتلك يا مرتد\u200c", "ﺳﻨﻘﺘﻠﻚ يا مرتد"} {
		if s, why := ThreatScore(v, true); s < ThreatThreshold {
			t.Errorf("variant %q scored %.3f (%q)", v, s, why)
		}
	}
}

func TestClassifyDoxxing(t *testing.T) {
	photo := "f8f0e0c0c0e0f0f8"
	d := NewDetector([]marsad.WatchlistEntry{{AccountID: "99", Handle: "activist", PhotoHash: photo}})
	p := &marsad.Post{ID: "1", AccountID: "7", Kind: marsad.PostOriginal, Text: "هذا هو الخاين، انشروا صورته",
		Media: []marsad.Media{{PHash: "f8f0e0c0c0e0f0f9"}}} // one bit away
	f, ok := d.Classify(p)
	if !ok || f.Kind != "doxxing" || f.Target != "99" || !f.Watchlisted {
		t.Fatalf("photo doxx: got %+v ok=%v", f, ok)
	}
	p2 := &marsad.Post{ID: "2", AccountID: "7", Kind: marsad.PostReply, ReplyToAccountID: "50",
		Text: "يا كلب رقمك 0551234567 وعنوانك شارع الملك فهد، افضحوه", Mentions: []marsad.Mention{{AccountID: "50", Handle: "x"}}}
	f, ok = d.Classify(p2)
	if !ok || f.Kind != "doxxing" || f.Target != "50" {
		t.Fatalf("details doxx: got %+v ok=%v", f, ok)
	}
	// Same photo posted kindly by a friend: no hostility, no finding.
	p3 := &marsad.Post{ID: "3", AccountID: "8", Kind: marsad.PostOriginal, Text: "happy birthday to my friend!",
		Media: []marsad.Media{{PHash: photo}}}
	if f, ok := d.Classify(p3); ok {
		t.Errorf("friendly photo flagged: %+v", f)
	}
	// A phone number in an advert with no target.
	p4 := &marsad.Post{ID: "4", AccountID: "8", Kind: marsad.PostOriginal, Text: "للحجز اتصل 0551234567 شارع التحلية"}
	if f, ok := d.Classify(p4); ok {
		t.Errorf("advert flagged: %+v", f)
	}
}
