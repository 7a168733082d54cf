package marsad

import "time"

// AccountStatus is an account's state on its platform.
type AccountStatus string

// The account statuses a StatusChange can record.
const (
	StatusActive    AccountStatus = "active"
	StatusSuspended AccountStatus = "suspended"
	StatusDeleted   AccountStatus = "deleted"
	StatusProtected AccountStatus = "protected"
	StatusRenamed   AccountStatus = "renamed"
)

// ParseAccountStatus maps the spellings found in status files and API errors
// to an AccountStatus; ok is false for anything it does not know.
func ParseAccountStatus(s string) (st AccountStatus, ok bool) {
	switch s {
	case "active", "Active", "ACTIVE":
		return StatusActive, true
	case "suspended", "Suspended", "SUSPENDED":
		return StatusSuspended, true
	case "deleted", "Deleted", "DELETED", "not_found", "Not Found":
		return StatusDeleted, true
	case "protected", "Protected", "PROTECTED":
		return StatusProtected, true
	case "renamed", "Renamed", "RENAMED":
		return StatusRenamed, true
	}
	return "", false
}

// StatusChange records that an account was seen in a status at a time, e.g.
// a twarc2 error "User has been suspended" or a row of a status CSV.
type StatusChange struct {
	Platform   string
	AccountID  string
	Handle     string // handle at that time, if known
	Status     AccountStatus
	ObservedAt time.Time
	SourceID   int64
}
