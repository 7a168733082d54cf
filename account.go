package marsad

import (
	"strings"
	"time"
)

// Platform names used in Account.Platform and Post.Platform. Importers set one
// of these; ids are only unique within a platform.
const (
	PlatformTwitter  = "twitter"
	PlatformTelegram = "telegram"
	PlatformFacebook = "facebook"
)

// Account is one platform account as observed by an import. Fields that a
// format does not carry are left zero; counts are -1 when unknown so that a
// zero count stays distinguishable from "not in the data".
//
// ID is the platform's own id (a string: Twitter ids exceed 2^53). Formats
// that only carry a handle (the Kaggle ISIS CSV, some mentions) use
// HandleID(handle) as the id, so that the same handle maps to the same account
// across files.
type Account struct {
	Platform    string
	ID          string
	Handle      string // screen name without '@', case as observed
	DisplayName string
	Bio         string
	Location    string
	URL         string
	AvatarURL   string
	AvatarHash  string // perceptual hash of the avatar (16 hex pHash or 64 hex PDQ), if known
	Verified    bool
	CreatedAt   time.Time // account creation, zero when unknown
	Followers   int64
	Following   int64
	PostCount   int64
	// ObservedAt is when the data showing this profile was produced (the
	// post's time or the collection time); it orders the profile history.
	ObservedAt time.Time
	SourceID   int64 // set by the store: the import that produced the record
}

// HandleID returns the synthetic account id used when a format gives only a
// handle: "@" followed by the lower-cased handle without a leading '@'.
// Real platform ids never start with '@', so the two cannot collide.
func HandleID(handle string) string {
	return "@" + strings.ToLower(strings.TrimPrefix(strings.TrimSpace(handle), "@"))
}

// ProfileObservation is one distinct state of an account's profile (handle,
// name, bio, avatar) with the time and import that showed it. The store keeps
// one row per distinct state, so renames and returned accounts can be traced.
type ProfileObservation struct {
	Platform    string
	AccountID   string
	Handle      string
	DisplayName string
	Bio         string
	AvatarURL   string
	ObservedAt  time.Time
	SourceID    int64
}
