package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// batchInsert is a multi-row INSERT prepared once per import transaction:
//
//	<head> VALUES ($1,…,$k), ($k+1,…), … <tail>
//
// A statement is prepared on first use for each batch size and reused for
// the whole file; importers send batches of one size (and a last, shorter
// one), so a handful of statements serve an import. Past maxSizes distinct
// sizes, rows are sent in power-of-two parts, which bounds the statements
// an import prepares to maxSizes + log2(chunk) + 1 per table. Sending
// many rows per statement is what makes bulk import fast on both backends
// (fewer driver calls on SQLite, fewer round trips on PostgreSQL).
type batchInsert struct {
	s     *DB
	tx    *sql.Tx
	head  string // "INSERT INTO t (a, b)"
	tail  string // "ON CONFLICT DO NOTHING" …
	cols  int
	chunk int
	// cast, if set, wraps each column's placeholder, e.g. "CAST(%s AS BIGINT)"
	// (PostgreSQL cannot infer parameter types inside a bare VALUES list).
	cast  []string
	stmts map[int]*sql.Stmt
	exact int // statements prepared for exact remainder sizes
}

// maxParams keeps every statement below SQLite's and PostgreSQL's limits on
// bound parameters (32766 and 65535).
const maxParams = 30000

func newBatchInsert(s *DB, tx *sql.Tx, head, tail string, cols, chunk int) *batchInsert {
	if chunk*cols > maxParams {
		chunk = maxParams / cols
	}
	// Round the chunk down to a power of two so that remainders split into
	// power-of-two statements that are all ≤ chunk.
	p := 1
	for p*2 <= chunk {
		p *= 2
	}
	return &batchInsert{s: s, tx: tx, head: head, tail: tail, cols: cols, chunk: p, stmts: map[int]*sql.Stmt{}}
}

// stmt returns the prepared statement for n rows.
func (b *batchInsert) stmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st, ok := b.stmts[n]; ok {
		return st, nil
	}
	var q strings.Builder
	q.WriteString(b.head)
	q.WriteString(" VALUES ")
	k := 1
	for r := 0; r < n; r++ {
		if r > 0 {
			q.WriteByte(',')
		}
		q.WriteByte('(')
		for c := 0; c < b.cols; c++ {
			if c > 0 {
				q.WriteByte(',')
			}
			ph := "$" + itoa(k)
			if b.cast != nil && b.cast[c] != "" {
				ph = fmt.Sprintf(b.cast[c], ph)
			}
			q.WriteString(ph)
			k++
		}
		q.WriteByte(')')
	}
	q.WriteByte(' ')
	q.WriteString(b.tail)
	st, err := b.tx.PrepareContext(ctx, b.s.d.Rebind(q.String()))
	if err != nil {
		return nil, b.s.wrap(err, "prepare insert")
	}
	b.stmts[n] = st
	return st, nil
}

// maxSizes bounds the exact-size statements a batchInsert prepares.
const maxSizes = 8

// parts splits n rows into statement sizes: full chunks, then the rest in
// one statement of its exact size (while few sizes are prepared) or in
// powers of two.
func (b *batchInsert) parts(n int) []int {
	var out []int
	for n >= b.chunk {
		out = append(out, b.chunk)
		n -= b.chunk
	}
	if _, ok := b.stmts[n]; n > 0 && (ok || b.exact < maxSizes) {
		if !ok {
			b.exact++
		}
		return append(out, n)
	}
	for p := b.chunk / 2; p >= 1; p /= 2 {
		if n >= p {
			out = append(out, p)
			n -= p
		}
	}
	return out
}

// exec inserts the rows whose arguments are args (len = rows × cols) and
// returns the number of rows the database reports as affected.
func (b *batchInsert) exec(ctx context.Context, args []any) (int64, error) {
	rows := len(args) / b.cols
	var total int64
	off := 0
	for _, n := range b.parts(rows) {
		st, err := b.stmt(ctx, n)
		if err != nil {
			return total, err
		}
		res, err := st.ExecContext(ctx, args[off*b.cols:(off+n)*b.cols]...)
		if err != nil {
			return total, err
		}
		c, err := res.RowsAffected()
		if err != nil {
			return total, err
		}
		total += c
		off += n
	}
	return total, nil
}

// close releases the prepared statements.
func (b *batchInsert) close() {
	for _, st := range b.stmts {
		st.Close()
	}
	b.stmts = nil
}
