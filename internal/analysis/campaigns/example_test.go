package campaigns_test

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
)

func ExampleDetectCallToAction() {
	cta, ok := campaigns.DetectCallToAction("يا أنصار بلّغوا عن الحساب @activist فوراً",
		[]marsad.Mention{{AccountID: "42", Handle: "activist"}})
	fmt.Println(ok, cta.Targets[0].AccountID, cta.Targets[0].Via)
	fmt.Println(cta.Cues)
	_, ok = campaigns.DetectCallToAction("The report says @activist was threatened", nil)
	fmt.Println(ok)
	// Output:
	// true 42 mention
	// [collective address: يا انصار instruction: بلغوا عن collective address: فورا]
	// false
}
