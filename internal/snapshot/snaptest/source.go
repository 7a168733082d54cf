package snaptest

import (
	"context"
	"sort"

	"github.com/marsad-project/marsad"
)

// Source is an in-memory snapshot.Source holding records as given. It
// honours the filter and the documented scan orders, so Load can be tested
// without a database.
type Source struct {
	Accounts []marsad.Account
	Posts    []marsad.Post
	Follows  []marsad.Follow
	Statuses []marsad.StatusChange
}

// ScanPosts implements marsad.PostReader.
func (s *Source) ScanPosts(ctx context.Context, f marsad.PostFilter, fn func(*marsad.Post) error) error {
	ps := append([]marsad.Post(nil), s.Posts...)
	sort.SliceStable(ps, func(i, j int) bool {
		if !ps[i].CreatedAt.Equal(ps[j].CreatedAt) {
			return ps[i].CreatedAt.Before(ps[j].CreatedAt)
		}
		if ps[i].Platform != ps[j].Platform {
			return ps[i].Platform < ps[j].Platform
		}
		return ps[i].ID < ps[j].ID
	})
	for i := range ps {
		if !f.Since.IsZero() && ps[i].CreatedAt.Before(f.Since) || !f.Until.IsZero() && !ps[i].CreatedAt.Before(f.Until) {
			continue
		}
		if err := fn(&ps[i]); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// FindPost implements marsad.PostReader.
func (s *Source) FindPost(ctx context.Context, platform, id string) (*marsad.Post, error) {
	for i := range s.Posts {
		if s.Posts[i].Platform == platform && s.Posts[i].ID == id {
			return &s.Posts[i], nil
		}
	}
	return nil, marsad.Errorf(marsad.ENOTFOUND, "post %s not found", id)
}

// ScanAccounts implements marsad.AccountReader.
func (s *Source) ScanAccounts(ctx context.Context, fn func(*marsad.Account) error) error {
	for i := range s.Accounts {
		if err := fn(&s.Accounts[i]); err != nil {
			return err
		}
	}
	return nil
}

// FindAccount implements marsad.AccountReader.
func (s *Source) FindAccount(ctx context.Context, platform, id string) (*marsad.Account, error) {
	for i := range s.Accounts {
		if s.Accounts[i].Platform == platform && s.Accounts[i].ID == id {
			return &s.Accounts[i], nil
		}
	}
	return nil, marsad.Errorf(marsad.ENOTFOUND, "account %s not found", id)
}

// ProfileHistory implements marsad.AccountReader (no history is kept).
func (s *Source) ProfileHistory(ctx context.Context, platform, id string) ([]marsad.ProfileObservation, error) {
	return nil, nil
}

// ScanFollows implements marsad.GraphReader.
func (s *Source) ScanFollows(ctx context.Context, fn func(marsad.Follow) error) error {
	for _, f := range s.Follows {
		if err := fn(f); err != nil {
			return err
		}
	}
	return nil
}

// ScanStatusChanges implements marsad.GraphReader.
func (s *Source) ScanStatusChanges(ctx context.Context, fn func(marsad.StatusChange) error) error {
	for _, c := range s.Statuses {
		if err := fn(c); err != nil {
			return err
		}
	}
	return nil
}
