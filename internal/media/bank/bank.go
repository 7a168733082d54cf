// Package bank reads and writes hash lists — the files in which hash
// banks are shared — and converts between the store's marsad.BankEntry
// and media.Entry, which the matcher indexes.
//
// Formats (docs/MEDIA.md has examples):
//   - csv: a header row, then one hash per row. Column names follow
//     ThreatExchange's `threatexchange dataset --csv` export
//     (collab, signal_type, signal_str, category, tags) and common
//     variants (hash, pdq, phash, quality, labels, source, content_uri,
//     note). Rows whose category is NEGATIVE_CLASS (known false
//     positives) and signal types that are not image hashes are skipped.
//   - txt: one hash per line, optionally preceded by its signal type
//     ("pdq <hex>"), the format of ThreatExchange's and HMA's local file
//     exchange; '#' starts a comment.
//   - json: marsad's bank document {"bank":…, "entries":[…]}, or an array
//     of objects, each either an entry (signal_type, signal_str, quality,
//     tags, source, …) or an HMA signal map such as {"pdq": "<hex>"}.
//
// Hashes are validated and normalised (lowercase hex) on every path.
package bank

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
)

// ToMedia converts stored entries for the matcher.
func ToMedia(es []marsad.BankEntry) []media.Entry {
	out := make([]media.Entry, len(es))
	for i, e := range es {
		out[i] = media.Entry{Kind: media.Kind(e.Kind), Hash: e.Hash, Quality: e.Quality, Labels: e.Labels,
			Source: e.Source, ContentURI: e.ContentURI, Note: e.Note, AddedAt: e.AddedAt}
	}
	return out
}

// ToStore converts entries for marsad.BankService.AddBankEntries.
func ToStore(bankName string, es []media.Entry) []marsad.BankEntry {
	out := make([]marsad.BankEntry, len(es))
	for i, e := range es {
		out[i] = marsad.BankEntry{Bank: bankName, Kind: string(e.Kind), Hash: e.Hash, Quality: e.Quality,
			Labels: e.Labels, Source: e.Source, ContentURI: e.ContentURI, Note: e.Note, AddedAt: e.AddedAt}
	}
	return out
}
