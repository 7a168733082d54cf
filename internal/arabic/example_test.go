package arabic_test

import (
	"fmt"

	"github.com/marsad-project/marsad/internal/arabic"
)

func ExampleNormalize() {
	fmt.Println(arabic.Normalize("بلّـــغوا عن @Target123 يا أنصار #حملة_تبليغ https://t.co/x"))
	fmt.Println(arabic.Normalize("K1LLLL him!!!"))
	// Output:
	// بلغوا عن @user يا انصار #حمله_تبليغ <url>
	// kil him!
}

func ExampleLexicon_MatchText() {
	lex := arabic.MustCompile([]arabic.Entry{
		{Label: "violence", Pattern: "قتل"},
		{Label: "violence", Pattern: "kill"},
		{Label: "address", Pattern: "يا انصار"},
	})
	for _, m := range lex.MatchText("سَنَقْتُلُكَ يا أنصار k1lling") {
		fmt.Println(m.Label, m.Pattern, m.Start, m.End)
	}
	// Output:
	// violence قتل 0 1
	// address يا انصار 1 3
	// violence kill 3 4
}
