package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"strings"

	"github.com/marsad-project/marsad"
)

var _ marsad.BankService = (*DB)(nil)

// CreateBank adds an empty bank.
func (s *DB) CreateBank(ctx context.Context, b marsad.Bank) error {
	name := clean(strings.TrimSpace(b.Name))
	if name == "" {
		return marsad.Errorf(marsad.EINVALID, "a bank needs a name")
	}
	created := toMS(s.Now())
	if !b.CreatedAt.IsZero() {
		created = toMS(b.CreatedAt)
	}
	res, err := s.db.ExecContext(ctx, s.d.Rebind(`INSERT INTO banks (name, description, created_at)
		VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`), name, clean(b.Description), created)
	if err != nil {
		return s.wrap(err, "bank create")
	}
	if n, err := res.RowsAffected(); err != nil {
		return s.wrap(err, "bank create")
	} else if n == 0 {
		return marsad.Errorf(marsad.ECONFLICT, "bank %q already exists", name)
	}
	return nil
}

const bankSelect = `SELECT b.name, b.description, b.created_at,
	(SELECT COUNT(*) FROM bank_entries e WHERE e.bank = b.name) FROM banks b`

// FindBank returns one bank with its entry count.
func (s *DB) FindBank(ctx context.Context, name string) (*marsad.Bank, error) {
	var b marsad.Bank
	var created int64
	err := s.db.QueryRowContext(ctx, s.d.Rebind(bankSelect+` WHERE b.name = $1`), strings.TrimSpace(name)).
		Scan(&b.Name, &b.Description, &created, &b.Entries)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no bank %q (marsad bank list shows the banks)", name)
	} else if err != nil {
		return nil, s.wrap(err, "bank find")
	}
	b.CreatedAt = fromMS(created)
	return &b, nil
}

// ListBanks returns every bank ordered by name.
func (s *DB) ListBanks(ctx context.Context) ([]marsad.Bank, error) {
	rows, err := s.db.QueryContext(ctx, bankSelect+` ORDER BY b.name`)
	if err != nil {
		return nil, s.wrap(err, "bank list")
	}
	defer rows.Close()
	var out []marsad.Bank
	for rows.Next() {
		var b marsad.Bank
		var created int64
		if err := rows.Scan(&b.Name, &b.Description, &created, &b.Entries); err != nil {
			return nil, s.wrap(err, "bank list")
		}
		b.CreatedAt = fromMS(created)
		out = append(out, b)
	}
	return out, s.wrap(rows.Err(), "bank list")
}

// DeleteBank removes a bank and its entries in one transaction.
func (s *DB) DeleteBank(ctx context.Context, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap(err, "bank delete")
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, s.d.Rebind(`DELETE FROM bank_entries WHERE bank = $1`), name); err != nil {
		return s.wrap(err, "bank delete")
	}
	res, err := tx.ExecContext(ctx, s.d.Rebind(`DELETE FROM banks WHERE name = $1`), name)
	if err != nil {
		return s.wrap(err, "bank delete")
	}
	if n, err := res.RowsAffected(); err != nil {
		return s.wrap(err, "bank delete")
	} else if n == 0 {
		return marsad.Errorf(marsad.ENOTFOUND, "no bank %q", name)
	}
	return s.wrap(tx.Commit(), "bank delete")
}

// AddBankEntries adds entries in one transaction, skipping (bank, kind,
// hash) duplicates. Hashes are stored lower-cased; validating them is the
// caller's job (internal/media/bank does it on every import path).
func (s *DB) AddBankEntries(ctx context.Context, bank string, entries []marsad.BankEntry) (int, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, s.wrap(err, "bank add")
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, s.d.Rebind(`SELECT COUNT(*) FROM banks WHERE name = $1`), bank).Scan(&exists); err != nil {
		return 0, s.wrap(err, "bank add")
	} else if exists == 0 {
		return 0, marsad.Errorf(marsad.ENOTFOUND, "no bank %q (create it with marsad bank create)", bank)
	}
	stmt, err := tx.PrepareContext(ctx, s.d.Rebind(`INSERT INTO bank_entries (bank, kind, hash, quality, labels,
		source, content_uri, note, added_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
		ON CONFLICT (bank, kind, hash) DO NOTHING`))
	if err != nil {
		return 0, s.wrap(err, "bank add")
	}
	defer stmt.Close()
	now := toMS(s.Now())
	added := 0
	for _, e := range entries {
		kind, hash := strings.ToLower(strings.TrimSpace(e.Kind)), strings.ToLower(strings.TrimSpace(e.Hash))
		if kind == "" || hash == "" {
			return 0, marsad.Errorf(marsad.EINVALID, "a bank entry needs a kind and a hash")
		}
		labels := make([]string, len(e.Labels))
		for i, l := range e.Labels {
			labels[i] = clean(l)
		}
		lj, _ := json.Marshal(labels)
		at := now
		if !e.AddedAt.IsZero() {
			at = toMS(e.AddedAt)
		}
		res, err := stmt.ExecContext(ctx, bank, clean(kind), clean(hash), e.Quality, string(lj),
			clean(e.Source), clean(e.ContentURI), clean(e.Note), at)
		if err != nil {
			return 0, s.wrap(err, "bank add")
		}
		if n, err := res.RowsAffected(); err != nil {
			return 0, s.wrap(err, "bank add")
		} else {
			added += int(n)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, s.wrap(err, "bank add")
	}
	return added, nil
}

// ListBankEntries returns a bank's entries in insertion order.
func (s *DB) ListBankEntries(ctx context.Context, bank string) ([]marsad.BankEntry, error) {
	if _, err := s.FindBank(ctx, bank); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, s.d.Rebind(`SELECT id, kind, hash, quality, labels, source, content_uri,
		note, added_at FROM bank_entries WHERE bank = $1 ORDER BY id`), bank)
	if err != nil {
		return nil, s.wrap(err, "bank entries")
	}
	defer rows.Close()
	var out []marsad.BankEntry
	for rows.Next() {
		e := marsad.BankEntry{Bank: bank}
		var labels string
		var added int64
		if err := rows.Scan(&e.ID, &e.Kind, &e.Hash, &e.Quality, &labels, &e.Source, &e.ContentURI, &e.Note, &added); err != nil {
			return nil, s.wrap(err, "bank entries")
		}
		if err := json.Unmarshal([]byte(labels), &e.Labels); err != nil {
			return nil, marsad.Errorf(marsad.EINTERNAL, "bank %q entry %d: stored labels are not JSON", bank, e.ID)
		}
		e.AddedAt = fromMS(added)
		out = append(out, e)
	}
	return out, s.wrap(rows.Err(), "bank entries")
}
