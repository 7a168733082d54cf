package ingest

import (
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

func TestZeeschuimerFixture(t *testing.T) {
	// Expected values from a Python walk of twitter_search.ndjson: 61 lines;
	// distinct tweets incl. embedded quoted ones (unwrapping result.tweet)
	// = 80: 32 posts, 26 replies, 22 quotes; 71 distinct authors.
	path := testutil.SharedTestdata(t, "zeeschuimer", "twitter_search.ndjson")
	if Detect(readHead(t, path)) != &Zeeschuimer {
		t.Fatal("not detected as zeeschuimer")
	}
	s := decodeFile(t, &Zeeschuimer, path, Options{})
	n, k := distinctKinds(s.Posts)
	if n != 80 || k[marsad.PostOriginal] != 32 || k[marsad.PostReply] != 26 || k[marsad.PostQuote] != 22 || len(s.Rejects) != 0 {
		t.Errorf("posts=%d kinds=%v rejects=%v", n, k, s.Rejects)
	}
	users := map[string]bool{}
	for _, a := range s.Accounts {
		users[a.ID] = true
		if a.Handle == "" || a.ObservedAt.Year() != 2023 {
			t.Errorf("account %+v", a)
		}
	}
	if len(users) != 71 {
		t.Errorf("distinct accounts = %d, want 71", len(users))
	}
	// The pretty-printed single item is the first line of the NDJSON file.
	one := decodeFile(t, &Zeeschuimer, testutil.SharedTestdata(t, "zeeschuimer", "twitter_item.json"), Options{})
	if len(one.Posts) == 0 || one.Posts[len(one.Posts)-1].ID != s.Posts[len(one.Posts)-1].ID {
		t.Errorf("twitter_item.json: %d posts", len(one.Posts))
	}
}

func TestZeeschuimerOtherPlatform(t *testing.T) {
	in := `{"item_id":"1","timestamp_collected":1,"source_platform":"instagram.com","data":{"id":"x"}}` + "\n"
	if detectZeeschuimer([]byte(in)) {
		t.Error("an Instagram capture must not be detected as a supported format")
	}
	s := decodeString(t, &Zeeschuimer, in)
	if len(s.Rejects) != 1 || !strings.Contains(s.Rejects[0].Reason, "instagram.com") {
		t.Errorf("rejects = %+v", s.Rejects)
	}
}
