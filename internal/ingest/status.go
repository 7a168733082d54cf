package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// StatusCSV is the status format: a CSV of account states observed by a
// collector, with the header account_id,screen_name,status,suspended_at.
// status is any spelling marsad.ParseAccountStatus knows (active, suspended,
// deleted/not_found, protected, renamed); suspended_at (or observed_at) is
// when the state was seen, in any layout csvTime detects. A row needs
// account_id or screen_name; a row with only a screen name refers to the
// account marsad.HandleID(screen_name).
var StatusCSV = Format{
	Name:        "status",
	Description: "CSV of account states: account_id,screen_name,status,suspended_at",
	Detect:      detectStatus,
	Decode:      decodeStatus,
}

var statusColumns = csvSet("account_id", "screen_name", "status", "suspended_at", "observed_at", "platform")

// detectStatus accepts a header with status and an account column, and no
// column outside the format: a posts CSV with a "status" column must not be
// mistaken for account states.
func detectStatus(head []byte) bool {
	h := csvHeaderSet(head)
	return h["status"] && (h["account_id"] || h["screen_name"]) && csvOnly(h, statusColumns)
}

func decodeStatus(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "status", opts, sink)
	if err != nil {
		return err
	}
	if !t.Has("account_id") && !t.Has("screen_name") {
		return marsad.Errorf(marsad.EINVALID, "status: missing required columns: account_id or screen_name")
	}
	if !t.Has("status") {
		return marsad.Errorf(marsad.EINVALID, "status: missing required columns: status")
	}
	t.NoticeUnknown(statusColumns)
	times := newCSVTime(opts.TimeLayout)
	platform := csvPlatform(opts, marsad.PlatformTwitter)
	for t.Next(ctx) {
		id, ok := csvID(t.Get("account_id"))
		handle := strings.TrimPrefix(t.Get("screen_name"), "@")
		if !ok || strings.ContainsAny(handle, " \t") {
			t.Reject("malformed account_id or screen_name")
			continue
		}
		if id == "" && handle != "" {
			id = marsad.HandleID(handle)
		}
		if id == "" {
			t.Reject("row has neither account_id nor screen_name")
			continue
		}
		raw := t.Get("status")
		st, ok := marsad.ParseAccountStatus(raw)
		if !ok {
			st, ok = marsad.ParseAccountStatus(strings.ToLower(raw))
		}
		if !ok {
			t.Reject("unknown status " + `"` + csvShort(raw) + `"` + " (want active, suspended, deleted, protected or renamed)")
			continue
		}
		c := marsad.StatusChange{Platform: platform, AccountID: id, Handle: handle, Status: st}
		if p := t.Get("platform"); p != "" && opts.Platform == "" {
			c.Platform = strings.ToLower(p)
		}
		when := t.Get("suspended_at")
		if csvNull(when) {
			when = t.Get("observed_at")
		}
		if !csvNull(when) {
			ts, err := times.Parse(when)
			if err != nil {
				t.Reject("suspended_at: " + err.Error())
				continue
			}
			c.ObservedAt = ts
		}
		t.Fail(sink.StatusChange(&c))
	}
	return t.Err()
}
