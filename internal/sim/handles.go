package sim

import (
	"strings"
)

// maxHandle is Twitter's screen-name limit.
const maxHandle = 15

// handles keeps every handle in use (case-folded) so that generated handles
// are unique, as on the platform.
type handles map[string]struct{}

func (h handles) take(s string) bool {
	k := strings.ToLower(s)
	if len(s) < 3 || len(s) > maxHandle {
		return false
	}
	if _, ok := h[k]; ok {
		return false
	}
	h[k] = struct{}{}
	return true
}

func tr(r *rng, p namePart) string {
	if r.chance(0.6) {
		return p.tr[0]
	}
	return pick(r, p.tr)
}

func digits(r *rng, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func sep(r *rng) string {
	if r.chance(0.55) {
		return "_"
	}
	return ""
}

// casing randomly capitalises a handle the way people do (omar_shami,
// Omar_Shami, OmarShami).
func casing(r *rng, parts ...string) string {
	mode := r.IntN(5)
	s := sep(r)
	out := make([]string, len(parts))
	for i, p := range parts {
		switch {
		case mode == 0 && p != "":
			out[i] = strings.ToUpper(p[:1]) + p[1:]
		case mode == 1 && i > 0 && p != "":
			out[i] = strings.ToUpper(p[:1]) + p[1:]
		default:
			out[i] = p
		}
	}
	return strings.Join(out, s)
}

// armyHandle invents a supporter-style handle (kunya, nisba, digits).
func armyHandle(r *rng, first, nisba namePart, female bool) string {
	kunya := "abu"
	if female {
		kunya = pick(r, []string{"umm", "um", "ukht", "bint"})
	} else if r.chance(0.3) {
		kunya = pick(r, []string{"abou", "abo", "ibn", "bin", "abu"})
	}
	f, n := tr(r, first), tr(r, nisba)
	switch r.IntN(7) {
	case 0:
		return casing(r, kunya, f, n)
	case 1:
		return casing(r, kunya, f) + digits(r, r.between(1, 3))
	case 2:
		return casing(r, f, n)
	case 3:
		return casing(r, n, f) + digits(r, r.between(0, 2))
	case 4:
		return casing(r, kunya, n)
	case 5:
		return casing(r, f, n) + digits(r, r.between(1, 2))
	default:
		return casing(r, kunya+f, n)
	}
}

// ordinaryHandle invents an everyday handle.
func ordinaryHandle(r *rng, first, last namePart, english bool) string {
	var f, l string
	if english {
		f, l = pick(r, englishFirst), pick(r, englishLast)
	} else {
		f, l = tr(r, first), tr(r, last)
	}
	switch r.IntN(8) {
	case 0:
		return casing(r, f, l)
	case 1:
		return casing(r, f, l) + digits(r, r.between(1, 4))
	case 2:
		return casing(r, f) + digits(r, r.between(2, 4))
	case 3:
		return casing(r, f[:1], l)
	case 4:
		return casing(r, f, pick(r, hobbyWords))
	case 5:
		return casing(r, pick(r, hobbyWords), f) + digits(r, r.between(0, 2))
	case 6:
		return casing(r, "its", f)
	default:
		return casing(r, l, f) + digits(r, r.between(0, 3))
	}
}

var leet = map[byte][]byte{'a': {'4'}, 'o': {'0'}, 'i': {'1'}, 'e': {'3'}, 's': {'5'}, 'l': {'1'}}

// handleVariant returns a handle that a returning user (or, for look-alikes,
// an unrelated person) might pick after old: digits, underscores, leet,
// swapped parts, transliteration variants, "back"/"new" suffixes.
func handleVariant(r *rng, old string) string {
	base := old
	for range 4 {
		switch r.IntN(9) {
		case 0: // suffix digits, or bump existing digits
			base = strings.TrimRight(base, "0123456789") + digits(r, r.between(1, 3))
		case 1: // underscore somewhere
			i := r.IntN(len(base) + 1)
			if r.chance(0.5) {
				base += "_"
			} else {
				base = base[:i] + "_" + base[i:]
			}
		case 2: // leet one letter
			b := []byte(strings.ToLower(base))
			for _, i := range r.Perm(len(b)) {
				if l, ok := leet[b[i]]; ok {
					b[i] = l[0]
					break
				}
			}
			base = string(b)
		case 3: // swap parts around an underscore
			if parts := strings.Split(base, "_"); len(parts) > 1 {
				r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
				base = strings.Join(parts, "_")
			} else {
				base = base + "_" + digits(r, 2)
			}
		case 4: // transliteration variant of a known part
			base = retransliterate(r, base)
		case 5:
			base = base + pick(r, []string{"_back", "back", "_new", "new", "2", "_2", "_3", "0", "_o", "x", "_rtn", "_II"})
		case 6: // drop or double a letter
			b := []byte(base)
			i := r.IntN(len(b))
			if r.chance(0.5) && len(b) > 4 {
				b = append(b[:i], b[i+1:]...)
			} else {
				b = append(b[:i+1], b[i:]...)
			}
			base = string(b)
		case 7:
			base = pick(r, []string{"the", "real", "al", "i", "x"}) + sep(r) + base
		default:
			base = strings.ReplaceAll(base, "_", "")
			if base == strings.ReplaceAll(old, "_", "") {
				base += digits(r, 1)
			}
		}
		if len(base) > maxHandle {
			base = base[:maxHandle]
		}
		if !strings.EqualFold(base, old) && len(base) >= 4 && r.chance(0.6) {
			break
		}
	}
	base = strings.Trim(base, "_")
	for strings.EqualFold(base, old) || len(base) < 3 {
		b := old
		if len(b) > maxHandle-2 {
			b = b[:maxHandle-2]
		}
		base = b + "_" + digits(r, 1)
	}
	return base
}

// retransliterate swaps a transliterated name part for one of its variants.
func retransliterate(r *rng, h string) string {
	low := strings.ToLower(h)
	lists := [][]namePart{maleNames, femaleNames, nisbas, surnames}
	for _, i := range r.Perm(len(lists)) {
		for _, p := range lists[i] {
			for _, v := range p.tr {
				if len(v) >= 3 && strings.Contains(low, v) {
					alt := pick(r, p.tr)
					if alt != v {
						j := strings.Index(low, v)
						return h[:j] + alt + h[j+len(v):]
					}
				}
			}
		}
	}
	for _, kv := range [][2]string{{"abu", "abou"}, {"abu", "abo"}, {"umm", "um"}, {"bin", "ibn"}} {
		if strings.Contains(low, kv[0]) {
			j := strings.Index(low, kv[0])
			return h[:j] + kv[1] + h[j+len(kv[0]):]
		}
	}
	return h + digits(r, 1)
}

// uniqueHandle draws from gen until a handle is free, then adds digits.
func uniqueHandle(r *rng, used handles, gen func() string) string {
	for range 20 {
		h := gen()
		if used.take(h) {
			return h
		}
	}
	for {
		h := gen()
		if len(h) > maxHandle-4 {
			h = h[:maxHandle-4]
		}
		h += digits(r, 4)
		if used.take(h) {
			return h
		}
	}
}
