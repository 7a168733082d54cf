package marsad

import (
	"context"
	"time"
)

// Bank is a named list of known images, kept as perceptual hashes: a
// group's propaganda releases, photos of watchlisted people, images already
// debunked as recycled. Banks import and export the hash-list formats of
// Meta's Hasher-Matcher-Actioner and ThreatExchange tools (internal/media/bank).
type Bank struct {
	Name        string
	Description string
	CreatedAt   time.Time
	Entries     int64 // number of hashes, filled by ListBanks and FindBank
}

// BankEntry is one hash in a bank.
type BankEntry struct {
	ID         int64  // set by the store
	Bank       string // bank name
	Kind       string // "pdq" (64 hex), "phash" or "dhash" (16 hex)
	Hash       string // lowercase hex
	Quality    int    // PDQ quality 0..100, 0 when unknown
	Labels     []string
	Source     string // who shared it or where it came from
	ContentURI string // where the image was seen, if known
	Note       string
	AddedAt    time.Time
}

// BankService stores hash banks.
type BankService interface {
	// CreateBank adds an empty bank; ECONFLICT if the name is taken,
	// EINVALID if it is empty.
	CreateBank(ctx context.Context, b Bank) error
	// FindBank returns a bank with its entry count, or ENOTFOUND.
	FindBank(ctx context.Context, name string) (*Bank, error)
	// ListBanks returns every bank with its entry count, ordered by name.
	ListBanks(ctx context.Context) ([]Bank, error)
	// DeleteBank removes a bank and its entries; ENOTFOUND if none.
	DeleteBank(ctx context.Context, name string) error
	// AddBankEntries adds entries to a bank (ENOTFOUND if it does not
	// exist) in one transaction and returns how many were new; an entry
	// whose kind and hash are already in the bank is skipped.
	AddBankEntries(ctx context.Context, bank string, entries []BankEntry) (added int, err error)
	// ListBankEntries returns a bank's entries in the order they were
	// added (ENOTFOUND if the bank does not exist).
	ListBankEntries(ctx context.Context, bank string) ([]BankEntry, error)
}
