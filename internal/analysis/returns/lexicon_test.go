package returns

import (
	"testing"

	"github.com/marsad-project/marsad/internal/snapshot"
)

func TestLexiconStrength(t *testing.T) {
	// Wordings written for this test, not taken from the simulator.
	cases := []struct {
		text string
		want float64
	}{
		{"الحساب الجديد لـ @old هو @new", 1},
		{"follow my new account, the old one was suspended", 1},
		{"Our brother's page got banned again. Here he is: @x", 1},
		{"تم تعليق حساب الأخ، حسابه البديل @x", 1},
		{"المعرّف الجديد للأخ أبو عمر @x ادعموه", 1},
		{"We're back! Spread the word", 1},
		{"رجعنا يا انصار", 1},
		{"please follow and support @x", 0.5},
		{"انشروا الإصدار الجديد", 0.5},
		{"What a great match tonight", 0},
		{"أعلن المتحدث عن خطة جديدة للنقل", 0},
		// A loss needs an account coming back around it; news, sport, other
		// platforms and nouns far from the change word stay weak.
		{"Striker suspended for the whole season after the red card", 0.5},
		{"Officials confirmed the account was suspended on Monday", 0.5},
		{"My new account on Instagram, come say hi", 0.5},
		{"follow my art page, new drawings daily", 0.5},
		{"انسد حسابي، هذا البديل تابعوه", 1},
		{"حذفوا الحساب للمرة الثالثة", 1},
		{"We moved to @new_handle", 1},
		{"We moved to a bigger warehouse across town", 0.5},
		{"brothers, this is my 4th account, share it", 1},
		{"I'm back from two weeks in Lisbon, what did I miss", 0.5},
		{"I'm back", 1},
		{"رجعت لكم بعد التعليق، تابعوني", 1},
		{"@new formerly known as @old", 1},
	}
	lex := newLexicon()
	for _, c := range cases {
		if got, term := lex.strength(snapshot.NormalizeText(c.text)); got != c.want {
			t.Errorf("strength(%q)=%v (%q) want %v", c.text, got, term, c.want)
		}
	}
}

func TestProfileReturn(t *testing.T) {
	cases := []struct {
		name, bio string
		want      float64
	}{
		{"أبو عمر (عودة)", "", 0.5},
		{"Abu Omar | back", "", 0.5},
		{"ابو عمر", "الحساب ٣", 0.5},
		{"Abu Omar", "old acc suspended", 1},
		{"Omar Haddad", "Football, coffee and Amman sunsets", 0},
		{"", "", 0},
	}
	lex := newLexicon()
	for _, c := range cases {
		if got := lex.profileReturn(c.name, c.bio); got != c.want {
			t.Errorf("profileReturn(%q,%q)=%v want %v", c.name, c.bio, got, c.want)
		}
	}
}
