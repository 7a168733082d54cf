package marsad

import "time"

// WatchlistEntry is a protected person (activist, journalist, volunteer
// spokesperson) whose account marsad watches for campaigns, threats and
// doxxing. Entries are protected data: outputs show them by alias or initials.
// At least one of AccountID and Handle is set.
type WatchlistEntry struct {
	Platform  string
	AccountID string
	Handle    string
	Name      string // real name, optional; never shown to volunteers
	PhotoPath string // local path of a reference photo, optional
	PhotoHash string // PDQ (64 hex) or pHash (16 hex) of the photo, optional
	Note      string
	AddedAt   time.Time
	SourceID  int64
}

// MediaHash assigns a perceptual hash computed elsewhere to every post media
// item with the given URL (the media-hashes import format).
type MediaHash struct {
	MediaURL string
	Hash     string // 16 hex = pHash, 64 hex = PDQ
}
