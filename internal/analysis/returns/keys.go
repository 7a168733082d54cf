package returns

import (
	"encoding/hex"
	"strings"

	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/textsim"
	"github.com/marsad-project/marsad/internal/translit"
)

// Blocking key families. A key is a 64-bit hash of the family byte and the
// key text, so all families share one index.
const (
	keyHandleStrip byte = iota + 1 // digit/underscore-stripped, leet-folded handle
	keyHandleSkel                  // consonant skeleton of the handle
	keyHandleTri                   // one trigram of the stripped handle
	keyNameSkel                    // consonant skeleton of the whole display name
	keyNameWord                    // skeleton of one display-name word
	keyAvatarBand                  // 16-bit band of the avatar hash
	keyBioBand                     // MinHash band of the bio's words
)

// keyWeight is what one shared key of a family adds to a pair's blocking
// hits; trigram hits are scaled by the old handle's trigram count so a full
// trigram match adds 3.
var keyWeight = [...]float64{
	keyHandleStrip: 4, keyHandleSkel: 2, keyHandleTri: 3,
	keyNameSkel: 3, keyNameWord: 1, keyAvatarBand: 2, keyBioBand: 1,
}

func hashKey(fam byte, s string) uint64 {
	h := uint64(14695981039346656037) ^ uint64(fam)*1099511628211
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// bioBands and bioRows: 16 bands of 2 MinHash rows; bios with Jaccard 0.5
// share a band with probability 1−(1−0.25)^16 ≈ 0.99, at 0.1 with ≈ 0.15.
const bioBands, bioRows = 16, 2

type key struct {
	fam byte
	h   uint64
}

// accountKeys appends the blocking keys of account a (with the extra
// handles it had, e.g. the handle at suspension time).
func accountKeys(s *snapshot.Snapshot, a uint32, extra []string, out []key) []key {
	out = out[:0]
	seen := map[uint64]bool{}
	add := func(fam byte, txt string) {
		h := hashKey(fam, txt)
		if !seen[h] {
			seen[h] = true
			out = append(out, key{fam, h})
		}
	}
	handles := append([]string{s.Handles[a]}, extra...)
	for _, h := range handles {
		if h == "" || strings.HasPrefix(h, "@") && len(h) == 1 {
			continue
		}
		st := translit.Strip(translit.Fold(h))
		if len([]rune(st)) >= 3 {
			add(keyHandleStrip, st)
			for _, tri := range trigrams(st) {
				add(keyHandleTri, tri)
			}
		}
		if k := translit.Key(translit.Fold(h)); len(k) >= 3 {
			add(keyHandleSkel, k)
		}
	}
	if name := s.DisplayNames[a]; name != "" {
		if k := translit.Key(name); len(k) >= 3 {
			add(keyNameSkel, k)
		}
		for _, w := range strings.Fields(name) {
			if k := translit.Key(w); len(k) >= 3 {
				add(keyNameWord, k)
			}
		}
	}
	if b := avatarBits(s.AvatarHashes[a]); len(b) > 0 {
		for i := 0; i+1 < len(b); i += 2 {
			add(keyAvatarBand, string([]byte{byte(i), b[i], b[i+1]}))
		}
	}
	if mh, ok := bioMinHash(s.Bios[a]); ok {
		for band := 0; band < bioBands; band++ {
			v := mh.Band(band, bioRows)
			add(keyBioBand, string([]byte{byte(band), byte(v), byte(v >> 8), byte(v >> 16), byte(v >> 24), byte(v >> 32), byte(v >> 40), byte(v >> 48), byte(v >> 56)}))
		}
	}
	return out
}

// trigrams returns the rune trigrams of s (s itself when shorter).
func trigrams(s string) []string {
	rs := []rune(s)
	if len(rs) <= 3 {
		return []string{s}
	}
	out := make([]string, 0, len(rs)-2)
	for i := 0; i+3 <= len(rs); i++ {
		out = append(out, string(rs[i:i+3]))
	}
	return out
}

// avatarBits decodes a 16-hex pHash or 64-hex PDQ hash; nil when absent or
// malformed.
func avatarBits(h string) []byte {
	if len(h) != 16 && len(h) != 64 {
		return nil
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil
	}
	return b
}

// bioMinHash is the MinHash of the bio's normalised words and word pairs;
// ok is false for bios of fewer than 3 words (too little to block on).
func bioMinHash(bio string) (textsim.MinHash, bool) {
	words := strings.Fields(snapshot.NormalizeText(bio))
	if len(words) < 3 {
		return textsim.MinHash{}, false
	}
	mh := textsim.NewMinHash()
	for i, w := range words {
		mh.AddString(w)
		if i > 0 {
			mh.AddString(words[i-1] + " " + w)
		}
	}
	return mh, true
}
