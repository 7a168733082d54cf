package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/marsad-project/marsad"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Dialect is the SQLite flavour of the SQL in internal/sqlstore.
type Dialect struct{}

// Name is the dialect's name, also the migrations folder and goose dialect.
func (Dialect) Name() string { return "sqlite" }

// Rebind rewrites sqlstore's PostgreSQL-style numbered placeholders ($1,
// $2…) for SQLite. When they appear exactly in order ($1, $2, … each once,
// as in every multi-row INSERT) they become anonymous "?": the driver binds
// those by position, whereas for numbered "?NNN" parameters it looks up each
// parameter's name, which costs O(parameters²) per statement. Otherwise they
// become "?NNN", which SQLite binds by number, so a parameter may repeat.
// Dollar signs inside quoted strings or identifiers are left alone.
func (Dialect) Rebind(q string) string {
	var b strings.Builder
	b.Grow(len(q))
	var quote byte
	next, inOrder := 1, true
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '$' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9':
			j := i + 1
			n := 0
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				n = n*10 + int(q[j]-'0')
				j++
			}
			if n != next {
				inOrder = false
			}
			next++
			c = '?'
		}
		b.WriteByte(c)
	}
	if !inOrder {
		return b.String()
	}
	// Every placeholder is in order: drop the numbers.
	var a strings.Builder
	a.Grow(len(q))
	quote = 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '$' && i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9':
			a.WriteByte('?')
			for i+1 < len(q) && q[i+1] >= '0' && q[i+1] <= '9' {
				i++
			}
			continue
		}
		a.WriteByte(c)
	}
	return a.String()
}

// MapError turns a driver error into a marsad *Error where the cause is one a
// user can act on (a full disk, a busy or corrupt file, a duplicate key) and
// returns other errors unchanged. It is the only place that knows SQLite's
// result codes.
func MapError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	var code string
	var msg string
	switch se.Code() & 0xff { // primary code; extended codes are enabled
	case sqlite3.SQLITE_CONSTRAINT:
		code, msg = marsad.ECONFLICT, "a record conflicts with a stored one"
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		code, msg = marsad.ECONFLICT, "the database is busy (another marsad process is writing); try again"
	case sqlite3.SQLITE_TOOBIG:
		code, msg = marsad.EINVALID, "a value is too large for SQLite"
	case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
		code, msg = marsad.EINVALID, "the file is not a (valid) SQLite database"
	case sqlite3.SQLITE_FULL:
		code, msg = marsad.EINTERNAL, "the disk is full"
	case sqlite3.SQLITE_CANTOPEN:
		code, msg = marsad.EINVALID, "cannot open the database file"
	case sqlite3.SQLITE_READONLY:
		code, msg = marsad.EINVALID, "the database file is read-only"
	default:
		return err
	}
	// Both stay in the chain: the code for marsad.ErrorCode, the driver
	// error for logs and errors.As.
	return fmt.Errorf("%w: %w", marsad.Errorf(code, "%s", msg), err)
}

// MapError maps err; see the package-level MapError.
func (Dialect) MapError(err error) error { return MapError(err) }
