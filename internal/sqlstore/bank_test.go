package sqlstore_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func TestBanksSQLite(t *testing.T) { testBanks(t, openSQLite(t)) }

func TestBanksPostgres(t *testing.T) {
	pgDSN(t)
	testBanks(t, openPostgres(t))
}

// testBanks is the bank part of the store contract (marsad.BankService).
func testBanks(t *testing.T, st marsad.Store) {
	ctx := context.Background()
	s, ok := st.(marsad.BankService)
	if !ok {
		t.Fatal("the store does not implement marsad.BankService")
	}
	if err := s.CreateBank(ctx, marsad.Bank{Name: "releases", Description: "official media"}); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateBank(ctx, marsad.Bank{Name: "releases"}); marsad.ErrorCode(err) != marsad.ECONFLICT {
		t.Errorf("duplicate bank: %v, want ECONFLICT", err)
	}
	if err := s.CreateBank(ctx, marsad.Bank{Name: " "}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("empty name: %v, want EINVALID", err)
	}
	if err := s.CreateBank(ctx, marsad.Bank{Name: "activists"}); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	labels := []string{"release", "al-naba"}
	entries := []marsad.BankEntry{
		{Kind: "pdq", Hash: "F8F8F0CCE0F4E84D0E370A22028F67F0B36E2ED596623E1D33E6339C4E9C9B22", Quality: 100, Labels: labels, Source: "GIFCT", AddedAt: at},
		{Kind: "phash", Hash: "aca29c1c33dc23d7", Note: "same photo"},
		{Kind: "pdq", Hash: "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"}, // duplicate after lower-casing
	}
	n, err := s.AddBankEntries(ctx, "releases", entries)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("added %d, want 2 (the third is a duplicate)", n)
	}
	if labels[0] != "release" {
		t.Error("AddBankEntries modified the caller's labels")
	}
	if n, err := s.AddBankEntries(ctx, "releases", entries[:1]); err != nil || n != 0 {
		t.Errorf("re-adding: %d, %v; want 0, nil", n, err)
	}
	if _, err := s.AddBankEntries(ctx, "nope", entries); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("unknown bank: %v, want ENOTFOUND", err)
	}
	got, err := s.ListBankEntries(ctx, "releases")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Hash != "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22" ||
		got[0].Quality != 100 || !slices.Equal(got[0].Labels, labels) || got[0].Source != "GIFCT" || !got[0].AddedAt.Equal(at) {
		t.Errorf("entries %+v", got)
	}
	if got[1].Kind != "phash" || got[1].Note != "same photo" || got[1].AddedAt.IsZero() || got[1].Labels == nil && len(got[1].Labels) != 0 {
		t.Errorf("second entry %+v", got[1])
	}
	banks, err := s.ListBanks(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(banks) != 2 || banks[0].Name != "activists" || banks[1].Name != "releases" || banks[1].Entries != 2 || banks[1].Description != "official media" {
		t.Errorf("banks %+v", banks)
	}
	if b, err := s.FindBank(ctx, "releases"); err != nil || b.Entries != 2 {
		t.Errorf("FindBank: %+v %v", b, err)
	}
	if _, err := s.FindBank(ctx, "nope"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("FindBank unknown: %v", err)
	}
	if err := s.DeleteBank(ctx, "releases"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ListBankEntries(ctx, "releases"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("entries of a deleted bank: %v", err)
	}
	if err := s.DeleteBank(ctx, "releases"); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("deleting twice: %v", err)
	}
	// A re-created bank starts empty.
	if err := s.CreateBank(ctx, marsad.Bank{Name: "releases"}); err != nil {
		t.Fatal(err)
	}
	if b, _ := s.FindBank(ctx, "releases"); b == nil || b.Entries != 0 {
		t.Errorf("re-created bank: %+v", b)
	}
}
