package arabic

import "unicode"

// foldRune maps one rune of NFKD-decomposed, lower-cased text to its
// normalised form; keep is false for runes that are dropped: tashkeel and
// every other non-spacing or enclosing mark (hamza above/below and madda
// included, which is how أ إ آ ؤ ئ become ا ا ا و ي after NFKD), tatweel,
// format characters (zero-width space/joiner/non-joiner, LRM/RLM, bidi
// embeddings, overrides and isolates, the Arabic letter mark, BOM, soft
// hyphen), control characters, and emoji skin-tone modifiers.
func foldRune(r rune) (out rune, keep bool) {
	switch {
	case r < 0x80:
		if r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' {
			return ' ', true
		}
		if r < 0x20 || r == 0x7f {
			return 0, false
		}
		return r, true
	case r == 0x0640: // tatweel (kashida)
		return 0, false
	case (r >= 0x0627 && r <= 0x0628) || (r >= 0x062A && r <= 0x063A) || (r >= 0x0641 && r <= 0x0648) || r == 0x064A || r == 0x0621:
		return r, true // the plain Arabic letters, the bulk of Arabic text
	case r >= 0x064B && r <= 0x065F: // tashkeel
		return 0, false
	case r >= 0x0660 && r <= 0x0669: // Arabic-Indic digits
		return '0' + (r - 0x0660), true
	case r >= 0x06F0 && r <= 0x06F9: // Extended Arabic-Indic (Persian, Urdu) digits
		return '0' + (r - 0x06F0), true
	case r >= 0x1F3FB && r <= 0x1F3FF: // emoji skin-tone modifiers
		return 0, false
	}
	if m, ok := letterMap[r]; ok {
		return m, m != 0
	}
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0, false
	case unicode.IsSpace(r):
		return ' ', true
	case unicode.IsControl(r):
		return 0, false
	}
	return r, true
}

// letterMap folds letter variants that Unicode does not decompose, and
// Arabic punctuation to its ASCII counterpart. A zero value drops the rune.
var letterMap = map[rune]rune{
	// Letters with hamza or madda: NFKD splits them, but text that needs no
	// NFKD otherwise skips it (see needsNFKD), so they are folded here too.
	'\u0622': 'ا', // آ
	'\u0623': 'ا', // أ
	'\u0625': 'ا', // إ
	'\u0624': 'و', // ؤ
	'\u0626': 'ي', // ئ
	'\u06C0': 'ه', // ۀ
	'\u06C2': 'ه', // ۂ
	'\u06D3': 'ي', // ۓ
	'\u0671': 'ا', // ٱ alef wasla
	'\u0672': 'ا', // ٲ alef with wavy hamza above
	'\u0673': 'ا', // ٳ alef with wavy hamza below
	'\u0675': 'ا', // ٵ high hamza alef
	'\u0674': 0,   // ٴ high hamza (a sign, dropped like the hamza above)
	'\u0676': 'و', // ٶ high hamza waw
	'\u0677': 'و', // ٷ
	'\u0678': 'ي', // ٸ high hamza yeh
	'\u0649': 'ي', // ى alef maksura → ي (Egyptian and many writers swap them)
	'\u06CC': 'ي', // ی Farsi yeh
	'\u06D2': 'ي', // ے yeh barree
	'\u0629': 'ه', // ة ta marbuta → ه (commonly written without dots)
	'\u06C3': 'ه', // ۃ ta marbuta goal
	'\u06D5': 'ه', // ە ae (ۀ decomposes to it)
	'\u06BE': 'ه', // ھ heh doachashmee
	'\u06C1': 'ه', // ہ heh goal
	'\u06A9': 'ك', // ک keheh (Persian kaf)
	'\u06AA': 'ك', // ڪ swash kaf
	'\u06AF': 'ق', // گ gaf: in Iraqi and Gulf writing it spells the g sound of ق (گال = قال)
	'\u06A4': 'ف', // ڤ veh → ف
	'\u067E': 'ب', // پ peh → ب
	'\u0686': 'ك', // چ tcheh: Iraqi and Gulf spelling of a ch-sound ك (چذاب = كذاب)
	'\u060C': ',', // ، Arabic comma
	'\u061B': ';', // ؛ Arabic semicolon
	'\u061F': '?', // ؟ Arabic question mark
	'\u066A': '%', // ٪ Arabic percent sign
	'\u066B': '.', // ٫ Arabic decimal separator
	'\u066C': ',', // ٬ Arabic thousands separator
	'\u06D4': '.', // ۔ Urdu full stop
	'\u00A0': ' ', // no-break space (also folded by NFKD)
	'\u2028': ' ', // line separator
	'\u2029': ' ', // paragraph separator
}

// needsNFKD reports whether s has a rune whose compatibility decomposition
// matters: anything outside ASCII, the Arabic block (whose decomposable
// letters foldRune maps directly), general punctuation (zero-width and bidi
// controls, dropped by foldRune) and emoji. Arabic and English posts mostly
// skip the two normalisation passes this way.
func needsNFKD(s string) bool {
	for _, r := range s {
		switch {
		case r < 0x80, r >= 0x0600 && r <= 0x06FF, r >= 0x2000 && r <= 0x206F, r >= 0x1F300 && r <= 0x1FAFF:
		default:
			return true
		}
	}
	return false
}
