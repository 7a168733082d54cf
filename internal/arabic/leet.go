package arabic

// leetMap is the leetspeak substitution used in English abuse: digits and
// symbols standing for the letters they resemble.
var leetMap = [128]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

func isLeetWordByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '@' || c == '$'
}

// unleet rewrites leetspeak in each maximal run of ASCII letters, digits, @
// and $ that has at least two letters and is not a number with a unit
// (10am, 1st, 4k) or a word with a trailing number (mp3, covid19).
func unleet(s string) string {
	s = bangBetweenLetters(s)
	var out []byte // nil until the first change
	for i := 0; i < len(s); {
		if !isLeetWordByte(s[i]) {
			if out != nil {
				out = append(out, s[i])
			}
			i++
			continue
		}
		j := i
		for j < len(s) && isLeetWordByte(s[j]) {
			j++
		}
		w := s[i:j]
		if leetWord(w) {
			if out == nil {
				out = make([]byte, 0, len(s))
				out = append(out, s[:i]...)
			}
			for k := 0; k < len(w); k++ {
				if m := leetMap[w[k]]; m != 0 {
					out = append(out, m)
				} else {
					out = append(out, w[k])
				}
			}
		} else if out != nil {
			out = append(out, w...)
		}
		i = j
	}
	if out == nil {
		return s
	}
	return string(out)
}

// leetWord reports whether w should be read as leetspeak.
func leetWord(w string) bool {
	letters, leet := 0, 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case leetMap[c] != 0:
			leet++
		}
	}
	if letters < 2 || leet == 0 {
		return false
	}
	return !numberUnit(w)
}

// numberUnit reports whether w is digits followed by letters (10am) or
// letters followed by digits (mp3): ordinary words, not leetspeak.
func numberUnit(w string) bool {
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	isLetter := func(c byte) bool { return c >= 'a' && c <= 'z' }
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	if k > 0 {
		for k < len(w) && isLetter(w[k]) {
			k++
		}
		return k == len(w)
	}
	for k < len(w) && isLetter(w[k]) {
		k++
	}
	if k == len(w) || k == 0 {
		return false
	}
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	return k == len(w)
}

// bangBetweenLetters reads '!' between two ASCII letters as 'i' (d!e, k!ll);
// an exclamation mark after a word is left alone.
func bangBetweenLetters(s string) string {
	isL := func(c byte) bool { return c >= 'a' && c <= 'z' }
	var out []byte
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '!' && isL(s[i-1]) && isL(s[i+1]) {
			if out == nil {
				out = []byte(s)
			}
			out[i] = 'i'
		}
	}
	if out == nil {
		return s
	}
	return string(out)
}
