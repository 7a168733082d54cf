package campaigns

import (
	"testing"

	"github.com/marsad-project/marsad/internal/arabic"
)

func TestShapeCues(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"@target_acc — report for spam and impersonation.", true},
		{"Liar. Report. @target_acc", true},
		{"We condemn the threats against @target_acc. Report it, don't share it.", false},
		{"the weather report for @target_acc's town", false},
		{"ارفعوا بلاغات على @target_acc", true},
		{"لا تبلغوا عن @target_acc", false},
		{"Please don't report @target_acc, talk to him", false},
		{"قالوا إن بلاغات وصلت عن @target_acc", false},
	}
	for _, tt := range tests {
		if _, ok := DetectCallToAction(tt.text, nil); ok != tt.want {
			t.Errorf("DetectCallToAction(%q) = %v, want %v", tt.text, ok, tt.want)
		}
	}
}

func TestPluralImperative(t *testing.T) {
	for tok, want := range map[string]bool{
		"ارفعوا": true, "وانشروا": true, "فاكتبوا": true,
		"اوا": false, "قالوا": false, "تبلغوا": false, "report": false,
	} {
		if got := pluralImperative(arabic.Normalize(tok)); got != want {
			t.Errorf("pluralImperative(%q) = %v, want %v", tok, got, want)
		}
	}
}
