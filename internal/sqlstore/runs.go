package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"time"

	"github.com/marsad-project/marsad"
)

// SaveRun stores an analysis run and sets r.ID. A zero StartedAt is set to
// the store's clock.
func (s *DB) SaveRun(ctx context.Context, r *marsad.Run) error {
	if r == nil || r.Analysis == "" {
		return marsad.Errorf(marsad.EINVALID, "a run needs an analysis name")
	}
	if r.StartedAt.IsZero() {
		r.StartedAt = fromMS(toMS(s.Now()))
	}
	err := s.db.QueryRowContext(ctx, s.d.Rebind(`INSERT INTO analysis_runs (analysis, params, since_at,
		until_at, started_at, duration_ns, result) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`),
		clean(r.Analysis), clean(r.Params), toMS(r.Since), toMS(r.Until), toMS(r.StartedAt),
		int64(r.Duration), r.Result).Scan(&r.ID)
	return s.wrap(err, "save run")
}

const runCols = `id, analysis, params, since_at, until_at, started_at, duration_ns`

func scanRun(sc interface{ Scan(...any) error }, r *marsad.Run, extra ...any) error {
	var since, until, started, dur int64
	err := sc.Scan(append([]any{&r.ID, &r.Analysis, &r.Params, &since, &until, &started, &dur}, extra...)...)
	r.Since, r.Until, r.StartedAt, r.Duration = fromMS(since), fromMS(until), fromMS(started), time.Duration(dur)
	return err
}

// LatestRun returns the newest run of an analysis (latest start, then
// highest id) or an ENOTFOUND error.
func (s *DB) LatestRun(ctx context.Context, analysis string) (*marsad.Run, error) {
	var r marsad.Run
	err := scanRun(s.db.QueryRowContext(ctx, s.d.Rebind(`SELECT `+runCols+`, result FROM analysis_runs
		WHERE analysis = $1 ORDER BY started_at DESC, id DESC LIMIT 1`), analysis), &r, &r.Result)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no %s run is stored", analysis)
	} else if err != nil {
		return nil, s.wrap(err, "latest run")
	}
	return &r, nil
}

// ListRuns returns every run newest first, without results.
func (s *DB) ListRuns(ctx context.Context) ([]marsad.Run, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+runCols+` FROM analysis_runs ORDER BY started_at DESC, id DESC`)
	if err != nil {
		return nil, s.wrap(err, "list runs")
	}
	defer rows.Close()
	var out []marsad.Run
	for rows.Next() {
		var r marsad.Run
		if err := scanRun(rows, &r); err != nil {
			return nil, s.wrap(err, "list runs")
		}
		out = append(out, r)
	}
	return out, s.wrap(rows.Err(), "list runs")
}
