package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// WatchlistCSV is the watchlist format: the protected people (activists,
// journalists) whose accounts marsad watches. Header: account_id and/or
// screen_name (at least one), optionally name, photo (a local image path,
// kept as written), photo_hash (16 hex pHash or 64 hex PDQ), note, platform,
// added_at. Entries are protected data; the importer only stores them.
var WatchlistCSV = Format{
	Name:        "watchlist",
	Description: "CSV of protected accounts: account_id or screen_name[,name,photo,photo_hash,note]",
	Detect:      detectWatchlist,
	Decode:      decodeWatchlist,
}

var watchlistColumns = csvSet("account_id", "screen_name", "handle", "name", "photo", "photo_hash",
	"note", "platform", "added_at")

// detectWatchlist is deliberately the strictest sniffer: a file taken for a
// watchlist by mistake would mark its accounts as protected people, so every
// column must be a watchlist column.
func detectWatchlist(head []byte) bool {
	h := csvHeaderSet(head)
	return (h["account_id"] || h["screen_name"] || h["handle"]) && csvOnly(h, watchlistColumns)
}

func decodeWatchlist(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "watchlist", opts, sink)
	if err != nil {
		return err
	}
	if !t.Has("account_id") && !t.Has("screen_name") && !t.Has("handle") {
		return marsad.Errorf(marsad.EINVALID, "watchlist: missing required columns: account_id or screen_name")
	}
	t.NoticeUnknown(watchlistColumns)
	times := newCSVTime(opts.TimeLayout)
	platform := csvPlatform(opts, marsad.PlatformTwitter)
	for t.Next(ctx) {
		id, ok := csvID(t.Get("account_id"))
		handle := t.Get("screen_name")
		if handle == "" {
			handle = t.Get("handle")
		}
		handle = strings.TrimPrefix(handle, "@")
		if !ok || strings.ContainsAny(handle, " \t") {
			t.Reject("malformed account_id or screen_name")
			continue
		}
		if id == "" && handle == "" {
			t.Reject("row has neither account_id nor screen_name")
			continue
		}
		e := marsad.WatchlistEntry{Platform: platform, AccountID: id, Handle: handle,
			Name: t.Get("name"), PhotoPath: t.Get("photo"), Note: t.GetRaw("note")}
		if p := t.Get("platform"); p != "" && opts.Platform == "" {
			e.Platform = strings.ToLower(p)
		}
		if v := t.Get("photo_hash"); v != "" {
			h, ok := csvMediaHash(v)
			if !ok {
				t.Reject("photo_hash is neither 16 hex digits (pHash) nor 64 hex digits (PDQ)")
				continue
			}
			e.PhotoHash = h
		}
		if v := t.Get("added_at"); !csvNull(v) {
			ts, err := times.Parse(v)
			if err != nil {
				t.Reject("added_at: " + err.Error())
				continue
			}
			e.AddedAt = ts
		}
		t.Fail(sink.Watchlist(&e))
	}
	return t.Err()
}
