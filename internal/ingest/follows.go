package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// FollowsCSV is the follows format: a CSV of follow edges with the header
// follower_id,followee_id and optionally observed_at (when the collection
// saw the edge) and platform. Ids are platform ids; a handle written as
// "@name" is turned into marsad.HandleID so it meets the same account in
// handle-only formats.
var FollowsCSV = Format{
	Name:        "follows",
	Description: "CSV of follow edges: follower_id,followee_id[,observed_at]",
	Detect:      detectFollows,
	Decode:      decodeFollows,
}

var followsColumns = csvSet("follower_id", "followee_id", "observed_at", "platform")

// detectFollows accepts a header with both id columns and nothing else but
// the optional ones: the format is small, so it is recognised only when the
// file is unmistakably an edge list.
func detectFollows(head []byte) bool {
	h := csvHeaderSet(head)
	return csvHasAll(h, "follower_id", "followee_id") && csvOnly(h, followsColumns)
}

func decodeFollows(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "follows", opts, sink)
	if err != nil {
		return err
	}
	if m := t.Missing("follower_id", "followee_id"); len(m) > 0 {
		return marsad.Errorf(marsad.EINVALID, "follows: missing required columns: %s", strings.Join(m, ", "))
	}
	t.NoticeUnknown(followsColumns)
	times := newCSVTime(opts.TimeLayout)
	platform := csvPlatform(opts, marsad.PlatformTwitter)
	for t.Next(ctx) {
		follower, ok1 := csvAccountRef(t.Get("follower_id"))
		followee, ok2 := csvAccountRef(t.Get("followee_id"))
		if !ok1 || !ok2 || follower == "" || followee == "" {
			t.Reject("missing or malformed follower_id or followee_id")
			continue
		}
		f := marsad.Follow{Platform: platform, FollowerID: follower, FolloweeID: followee}
		if p := t.Get("platform"); p != "" && opts.Platform == "" {
			f.Platform = strings.ToLower(p)
		}
		if v := t.Get("observed_at"); !csvNull(v) {
			ts, err := times.Parse(v)
			if err != nil {
				t.Reject("observed_at: " + err.Error())
				continue
			}
			f.ObservedAt = ts
		}
		t.Fail(sink.Follow(&f))
	}
	return t.Err()
}

// csvAccountRef reads an account reference cell: a platform id, or "@handle"
// which becomes marsad.HandleID(handle).
func csvAccountRef(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "@") {
		if len(s) == 1 || strings.ContainsAny(s, " \t") {
			return "", false
		}
		return marsad.HandleID(s), true
	}
	return csvID(s)
}
