package campaigns

import "testing"

// Sentences in wording that neither the simulator nor cta_test.go uses, to
// check that call detection generalises (Levantine, Gulf, Egyptian, MSA,
// English; calls and look-alikes). The floor is per class.
var ctaHeldOut = []struct {
	text string
	call bool
}{
	{"يا جماعة الخير بلغوا على هالحساب @x كله كذب", true},
	{"الكل يبلغ عن @x الآن، لا تقصروا", true},
	{"نبي حملة بلاغات قوية على @x", true},
	{"ادخلوا على حساب @x وبلغوا عنه سبام", true},
	{"اخوتي لا تنسوا التبليغ عن الحساب الخبيث @x", true},
	{"everyone please report @x for hate speech, let's get it taken down", true},
	{"mass-report @x asap", true},
	{"Report and block @x, spread the word", true},
	{"@x reported for spam, you should all do the same", true},
	{"أفاد تقرير لمنظمة العفو أن @x تعرض للاعتقال", false},
	{"بلغت نسبة المشاركة 40% حسب @x", false},
	{"I reported the bug to @x and they fixed it", false},
	{"The weather report from @x says rain tomorrow", false},
	{"@x thanks for your report on the elections", false},
	{"ندين حملات التبليغ الممنهجة ضد @x ونتضامن معه", false},
	{"حساب @x تعرض لحملة بلاغات وتم إيقافه، كل الدعم له", false},
	{"how do I report a lost card to @x?", false},
	{"مبروك @x على التقرير الرائع", false},
}

func TestCallToActionHeldOut(t *testing.T) {
	var tp, fn, tn, fp int
	for _, ex := range ctaHeldOut {
		cta, ok := DetectCallToAction(ex.text, nil)
		switch {
		case ex.call && ok:
			tp++
		case ex.call:
			fn++
			t.Logf("missed call %q", ex.text)
		case ok:
			fp++
			t.Logf("false call %q (%q)", ex.text, cta.Cues)
		default:
			tn++
		}
	}
	rec, spec := float64(tp)/float64(tp+fn), float64(tn)/float64(tn+fp)
	t.Logf("held-out calls: recall %.2f (%d/%d), look-alikes passed %.2f (%d/%d)", rec, tp, tp+fn, spec, tn, tn+fp)
	if rec < 0.7 || spec < 0.9 {
		t.Errorf("recall %.2f (floor 0.7), specificity %.2f (floor 0.9)", rec, spec)
	}
}
