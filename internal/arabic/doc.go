// Package arabic normalises, tokenises and stems Arabic and English social
// media text, and matches lexicons of words and phrases against it.
//
// Posts written by supporters of an extremist organisation and by the people
// they target spell the same word many ways: with or without tashkeel, with
// tatweel (كـــلب), with any hamza carrier (أ إ آ ٱ ا), with ى for ي and ه for
// ة, with letters stretched for emphasis (اقتلوووه), with Arabic-Indic or
// Persian digits, with presentation-form glyphs copied from PDFs, with
// invisible zero-width and bidi control characters (often inserted on purpose
// to dodge platform filters), and in English with leetspeak (k1ll, $hoot).
// Every analysis that compares or searches text goes through Normalize first,
// so that such variants compare equal, and through a Lexicon so that a
// lexicon entry written once matches its inflected and spelled-out forms.
//
// Normalize is idempotent: Normalize(Normalize(x)) == Normalize(x), which
// makes it safe as a hashing key for near-duplicate detection.
package arabic
