package coordination

import (
	"fmt"
	"strings"
)

// Behaviour is one way of acting in concert.
type Behaviour string

// The behaviours, in output order.
const (
	CoRetweet         Behaviour = "co-retweet"          // reposts of the same original
	CoTweet           Behaviour = "co-tweet"            // identical normalised text
	NearDuplicate     Behaviour = "near-duplicate"      // similar but not identical text
	CoLink            Behaviour = "co-link"             // the same canonical URL
	CoHashtagSequence Behaviour = "co-hashtag-sequence" // the same sequence of ≥2 hashtags
	CoReply           Behaviour = "co-reply"            // replies to the same post
	CoMention         Behaviour = "co-mention"          // mentions of the same account
)

// AllBehaviours lists every behaviour in output order.
var AllBehaviours = []Behaviour{CoRetweet, CoTweet, NearDuplicate, CoLink, CoHashtagSequence, CoReply, CoMention}

// ParseBehaviours parses a comma-separated list ("co-retweet,co-link"); the
// toolkit's spellings (co_retweet) and "all" are accepted. Empty means all.
func ParseBehaviours(s string) ([]Behaviour, error) {
	if strings.TrimSpace(s) == "" || strings.TrimSpace(s) == "all" {
		return AllBehaviours, nil
	}
	var out []Behaviour
	for _, f := range strings.Split(s, ",") {
		f = strings.ReplaceAll(strings.ToLower(strings.TrimSpace(f)), "_", "-")
		if f == "" {
			continue
		}
		found := false
		for _, b := range AllBehaviours {
			if string(b) == f || (f == "near-dup" && b == NearDuplicate) || (f == "co-hashtag" && b == CoHashtagSequence) || (f == "co-similar-tweet" && b == NearDuplicate) {
				if !hasBehaviour(out, b) {
					out = append(out, b)
				}
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("unknown behaviour %q (want %s)", f, behaviourNames())
		}
	}
	return out, nil
}

func hasBehaviour(bs []Behaviour, b Behaviour) bool {
	for _, x := range bs {
		if x == b {
			return true
		}
	}
	return false
}

func behaviourNames() string {
	var s []string
	for _, b := range AllBehaviours {
		s = append(s, string(b))
	}
	return strings.Join(s, ", ")
}
