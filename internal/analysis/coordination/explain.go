package coordination

import (
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Explain lists every co-action of accounts a and b (account indices) in the
// selected behaviours, without any threshold: each key on which both acted
// within the window, with both posts. It answers "why are these two linked?"
// and costs O(posts of a and b) per behaviour (near-duplicates compare a's
// and b's texts directly).
func Explain(s *snapshot.Snapshot, a, b uint32, o Options) ([]CoAction, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	win := o.Window.Milliseconds()
	pa, pb := s.ByAuthor.Of(a), s.ByAuthor.Of(b)
	var out []CoAction
	for _, bh := range AllBehaviours {
		if !hasBehaviour(o.Behaviours, bh) {
			continue
		}
		if bh == NearDuplicate {
			out = append(out, explainNearDup(s, pa, pb, o)...)
			continue
		}
		kp := keysOfLight(s, bh)
		// keys of b's posts → posts
		byKey := map[uint32][]uint32{}
		for _, q := range pb {
			for _, k := range kp.keysOfPost(q) {
				byKey[k] = append(byKey[k], q)
			}
		}
		for _, p := range pa {
			for _, k := range kp.keysOfPost(p) {
				for _, q := range byKey[k] {
					if d := s.TimeMS[p] - s.TimeMS[q]; d <= win && -d <= win {
						out = append(out, CoAction{Behaviour: bh, Key: kp.label(k), PostA: p, PostB: q})
						break
					}
				}
			}
		}
	}
	return out, nil
}

// lightKeys maps a post to its keys for one behaviour, for Explain.
type lightKeys struct {
	keysOfPost func(p uint32) []uint32
	label      func(k uint32) string
}

func keysOfLight(s *snapshot.Snapshot, b Behaviour) lightKeys {
	one := func(col []uint32, want func(p uint32) bool) func(p uint32) []uint32 {
		return func(p uint32) []uint32 {
			if col[p] == snapshot.None || (want != nil && !want(p)) {
				return nil
			}
			return []uint32{col[p]}
		}
	}
	notRepost := func(p uint32) bool { return s.Kinds[p] != snapshot.KindRepost }
	full := keysOf(s, b, Options{})
	var f func(p uint32) []uint32
	switch b {
	case CoRetweet:
		f = one(s.Ref, func(p uint32) bool { return s.Kinds[p] == snapshot.KindRepost })
	case CoTweet:
		f = one(s.Texts().Key, nil)
	case CoLink:
		f = func(p uint32) []uint32 {
			if !notRepost(p) {
				return nil
			}
			return s.PostURLs.Of(p)
		}
	case CoHashtagSequence:
		f = one(s.HashtagSeq, func(p uint32) bool { return notRepost(p) && s.PostHashtags.Len(p) >= 2 })
	case CoReply:
		f = one(s.ReplyTo, nil)
	case CoMention:
		f = s.PostMentions.Of
	default:
		f = func(uint32) []uint32 { return nil }
	}
	return lightKeys{keysOfPost: f, label: full.label}
}

func explainNearDup(s *snapshot.Snapshot, pa, pb []uint32, o Options) []CoAction {
	win := o.Window.Milliseconds()
	var out []CoAction
	var sa, sb signature
	tx := s.Texts()
	key := tx.Key
	for _, p := range pa {
		if key[p] == snapshot.None || !sign(tx.Normalized.At(p), o.MinNearDupRunes, &sa) {
			continue
		}
		for _, q := range pb {
			if d := s.TimeMS[p] - s.TimeMS[q]; d > win || -d > win || key[q] == snapshot.None || key[q] == key[p] {
				continue
			}
			if sign(tx.Normalized.At(q), o.MinNearDupRunes, &sb) && sa.similarity(&sb) >= o.NearDupSimilarity {
				out = append(out, CoAction{Behaviour: NearDuplicate, Key: "similar text " + quoteExcerpt(s.PostText(p)), PostA: p, PostB: q})
				break
			}
		}
	}
	return out
}
