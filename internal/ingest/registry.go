package ingest

import "strings"

// formats lists every format in detection order: the most specific sniffers
// first, the generic csv mapping (never auto-detected) last.
func formats() []*Format {
	return []*Format{
		&Twarc2, &TweetV1, &Zeeschuimer, &Telegram,
		&IOArchive, &CrowdTangle, &KaggleISIS, &CNTCSV,
		&FollowsCSV, &StatusCSV, &WatchlistCSV, &MediaHashesCSV,
		&GenericCSV,
	}
}

// Formats returns every supported format in detection order.
func Formats() []*Format { return formats() }

// Lookup returns the format with that name (case-insensitive), or nil.
func Lookup(name string) *Format {
	for _, f := range formats() {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// Detect returns the first format whose sniffer accepts head, or nil.
func Detect(head []byte) *Format {
	for _, f := range formats() {
		if f.Detect != nil && f.Detect(head) {
			return f
		}
	}
	return nil
}
