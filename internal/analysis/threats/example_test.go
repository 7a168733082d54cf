package threats_test

import (
	"fmt"

	"github.com/marsad-project/marsad/internal/analysis/threats"
)

func ExampleThreatScore() {
	for _, text := range []string{"@x سنقتلك يا مرتد", "مقتل 5 أشخاص في انفجار حسب الشرطة"} {
		s, why := threats.ThreatScore(text, true)
		fmt.Printf("%.2f %v\n", s, s >= threats.ThreatThreshold)
		_ = why // the features that fired, with weights and words
	}
	// Output:
	// 1.00 true
	// 0.01 false
}
