package campaigns

import (
	"testing"

	"github.com/marsad-project/marsad"
)

func TestDetectCallToAction(t *testing.T) {
	m := []marsad.Mention{{AccountID: "42", Handle: "target_acc"}}
	tests := []struct {
		name     string
		text     string
		mentions []marsad.Mention
		want     bool
		target   string
	}{
		// calls
		{"arabic plural imperative", "بلغوا عن هذا الحساب @target_acc", m, true, "42"},
		{"shadda and tatweel", "بلّـــغوا عن @target_acc يا أنصار", m, true, "42"},
		{"campaign of reporting", "حملة تبليغ على الحساب @target_acc", m, true, "42"},
		{"ansar address with noun", "يا انصار الابلاغ عن @target_acc", m, true, "42"},
		{"hashtag campaign", "#حملة_تبليغ @target_acc", m, true, "42"},
		{"misspelt plural", "بلغو عنه @target_acc", m, true, "42"},
		{"close the account", "اغلقوا حساب @target_acc", m, true, "42"},
		{"english mass report", "Mass report @target_acc now", m, true, "42"},
		{"english imperative", "everyone report @target_acc", m, true, "42"},
		{"english get suspended", "let's get this account suspended @target_acc", m, true, "42"},
		{"leetspeak", "m4ss rep0rt @target_acc", m, true, "42"},
		{"handle in text only", "بلغوا عن @someone_else", nil, true, "@someone_else"},
		{"handle with arabic digits", "يا أنصار بلغوا عن الحساب @name٨٢", nil, true, "@name82"},
		{"target label", "#بلاغ_جماعي الهدف: @someone — التبليغ ثم الرد", nil, true, "@someone"},
		{"first-person report, do the same", "I reported @target_acc already, you should do the same", m, true, "42"},
		{"fake news is not news wording", "@target_acc spreads fake news, report him", m, true, "42"},
		{"dialect first-person order", "خلينا نطير حسابه @target_acc", m, true, "42"},
		// not calls
		{"do the same without a report", "Just voted early, you should all do the same @target_acc", m, false, ""},
		{"support a blood drive", "ادعموا حملة التبرع مع @target_acc", m, false, ""},
		{"news report", "The report says @target_acc was arrested", m, false, ""},
		{"reported news", "Police reported that @target_acc received threats", m, false, ""},
		{"arabic news toll", "بلغ عدد القتلى 20 حسب @target_acc", m, false, ""},
		{"solidarity", "نتضامن مع @target_acc ضد حملة التبليغ", m, false, ""},
		{"victim framing", "@target_acc is being mass reported, we stand with her", m, false, ""},
		{"no target", "بلغوا عن الحساب", nil, false, ""},
		{"campaign without action", "يا انصار حملة الدعوة مستمرة @target_acc", m, false, ""},
		{"ordinary chat", "good morning @target_acc", m, false, ""},
		{"report as noun", "Read the annual report by @target_acc", m, false, ""},
		{"describing a campaign", "الصحفية @target_acc تواجه حملة تبليغ منظمة", m, false, ""},
		{"news of a campaign", "انطلقت حملة تبليغ ضد حساب @target_acc أمس", m, false, ""},
		{"english description", "@target_acc is facing a mass report campaign by trolls", m, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := DetectCallToAction(tt.text, tt.mentions)
			if ok != tt.want {
				t.Fatalf("DetectCallToAction(%q) ok = %v, want %v (cues %q)", tt.text, ok, tt.want, got.Cues)
			}
			if !ok {
				return
			}
			if got.Targets[0].AccountID != tt.target {
				t.Errorf("target = %q, want %q", got.Targets[0].AccountID, tt.target)
			}
			if len(got.Cues) == 0 || got.Score <= 0 || got.Score >= 1 {
				t.Errorf("cues %q score %v: want evidence and a score in (0,1)", got.Cues, got.Score)
			}
		})
	}
}

func TestDetectCallToActionPostQuoted(t *testing.T) {
	p := &marsad.Post{ID: "1", AccountID: "7", Kind: marsad.PostQuote, Text: "بلغوا عن هذا الكلب", QuotedAccountID: "99"}
	got, ok := DetectCallToActionPost(p)
	if !ok || got.Targets[0].AccountID != "99" || got.Targets[0].Via != "quoted" {
		t.Fatalf("got %+v ok=%v, want target 99 via quoted", got, ok)
	}
	p.Kind, p.QuotedAccountID = marsad.PostRepost, ""
	if _, ok := DetectCallToActionPost(p); ok {
		t.Error("a repost is not a call of its own")
	}
	self := &marsad.Post{ID: "2", AccountID: "7", Kind: marsad.PostReply, Text: "report @me", ReplyToAccountID: "7",
		Mentions: []marsad.Mention{{AccountID: "7", Handle: "me"}}}
	if _, ok := DetectCallToActionPost(self); ok {
		t.Error("a call against its own author")
	}
}
