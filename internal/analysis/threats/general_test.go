package threats

import "testing"

// A held-out set of hand-written sentences in wording that neither the
// simulator nor train_extra.tsv uses (Gulf, Levantine, Egyptian, Maghrebi,
// MSA, English), to check that the model generalises. The floor is on
// accuracy per class rather than on every sentence: the classifier is a
// screening aid whose findings a human reviews.
var heldOut = []struct {
	text   string
	threat bool
}{
	{"والله لأقطع لسانك يا كلب", true},
	{"بنسحلك في الشوارع قريب", true},
	{"راح نفجر بيتك على راسك", true},
	{"سوف نذبحك كما تذبح الشاة", true},
	{"جهزنا لك رصاصة يا عميل", true},
	{"هقتلك لو قربت من هنا تاني", true},
	{"مصيرك القتل يا مرتد", true},
	{"نقسم بالله ان نقتلك", true},
	{"I'm going to murder you and your whole family", true},
	{"we will hang you in the square, traitor", true},
	{"you'll be dead by friday", true},
	{"someone go stab this rat", true},
	{"gonna put a knife in your neck", true},
	{"ستموت قريبا يا زنديق", true},
	{"قتل ثلاثة مدنيين في قصف على القرية", false},
	{"أعلنت الشرطة القبض على قاتل الطفلة", false},
	{"الإعدام للقاتل مطلب العائلة أمام المحكمة", false},
	{"نرفض التهديد بالقتل الموجه للناشطة ونطالب بحمايتها", false},
	{"قال رسول الله صلى الله عليه وسلم من قتل معاهدا لم يرح رائحة الجنة", false},
	{"المنتخب قتل الخصم بخماسية في النهائي", false},
	{"ضحكت لين مت هههههه", false},
	{"The documentary about the killing fields was harrowing", false},
	{"Officials say the gunman shot three people before police arrived", false},
	{"We condemn the threats to kill the reporter", false},
	{"that joke killed me lmao", false},
	{"Liverpool slaughtered United 5-0 tonight", false},
	{"my phone battery is dead again", false},
	{"ما أحلى الجو اليوم، الله يسعدكم", false},
	// second batch, added after the first was used for lexicon work
	{"والله لندفنك حيا يا كافر", true},
	{"you better watch out, we have people near your house", true},
	{"سوف نجعلك عبرة لمن يعتبر", true},
	{"I killed him three times in Fortnite last night", false},
	{"طريقة ذبح الخروف للعيد خطوة بخطوة", false},
	{"قال داعش في بيانه إنه سيقتل الأسرى، وهذا إجرام", false},
	{"I'm going to kill this exam tomorrow", false},
	{"the villain says 'I will find you and I will kill you' in Taken", false},
}

func TestHeldOutGeneralisation(t *testing.T) {
	var tp, fn, tn, fp int
	for _, ex := range heldOut {
		s, why := ThreatScore(ex.text, true)
		got := s >= ThreatThreshold
		switch {
		case ex.threat && got:
			tp++
		case ex.threat:
			fn++
			t.Logf("missed threat %.2f %q %q", s, ex.text, why)
		case got:
			fp++
			t.Logf("false alarm %.2f %q %q", s, ex.text, why)
		default:
			tn++
		}
	}
	rec, spec := float64(tp)/float64(tp+fn), float64(tn)/float64(tn+fp)
	t.Logf("held-out: threats recall %.2f (%d/%d), non-threats correctly passed %.2f (%d/%d)", rec, tp, tp+fn, spec, tn, tn+fp)
	if rec < 0.8 || spec < 0.9 {
		t.Errorf("held-out recall %.2f (floor 0.8), specificity %.2f (floor 0.9)", rec, spec)
	}
}
