// Package textsim holds the small string and set similarity measures the
// analyses share: Levenshtein edit distance, Jaro-Winkler, hashed character
// n-gram profiles compared by cosine, MinHash signatures for estimating
// Jaccard similarity, and exact Jaccard over sorted id sets.
//
// Everything works on runes, so Arabic and Latin text are treated alike, and
// nothing allocates per call beyond what the doc comment says, because the
// returns analysis calls these millions of times.
package textsim
