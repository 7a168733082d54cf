package cli

import (
	"testing"
	"time"
)

func TestDayDuration(t *testing.T) {
	for _, c := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"10m", 10 * time.Minute, true},
		{"1d", 24 * time.Hour, true},
		{"0.5d", 12 * time.Hour, true},
		{" 2h ", 2 * time.Hour, true},
		{"-5m", -5 * time.Minute, true}, // parsed; commands refuse it with checkDuration
		{"d", 0, false},
		{"soon", 0, false},
		{"", 0, false},
	} {
		var d dayDuration
		err := d.Set(c.in)
		if (err == nil) != c.ok || (c.ok && time.Duration(d) != c.want) {
			t.Errorf("Set(%q) = %v, %v; want %v ok=%v", c.in, time.Duration(d), err, c.want, c.ok)
		}
	}
}
