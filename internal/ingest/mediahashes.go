package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// MediaHashesCSV is the media-hashes format: perceptual hashes computed
// elsewhere, as a CSV media_url,hash. A hash of 16 hex digits is a pHash, 64
// hex digits a PDQ hash; anything else is rejected, because a malformed hash
// would silently match nothing (or the wrong image).
var MediaHashesCSV = Format{
	Name:        "media-hashes",
	Description: "CSV of perceptual hashes computed elsewhere: media_url,hash (16 hex pHash or 64 hex PDQ)",
	Detect:      detectMediaHashes,
	Decode:      decodeMediaHashes,
}

var mediaHashColumns = csvSet("media_url", "hash")

func detectMediaHashes(head []byte) bool {
	h := csvHeaderSet(head)
	return csvHasAll(h, "media_url", "hash") && csvOnly(h, mediaHashColumns)
}

func decodeMediaHashes(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "media-hashes", opts, sink)
	if err != nil {
		return err
	}
	if m := t.Missing("media_url", "hash"); len(m) > 0 {
		return marsad.Errorf(marsad.EINVALID, "media-hashes: missing required columns: %s", strings.Join(m, ", "))
	}
	t.NoticeUnknown(mediaHashColumns)
	for t.Next(ctx) {
		u := t.Get("media_url")
		if u == "" {
			t.Reject("empty media_url")
			continue
		}
		h, ok := csvMediaHash(t.Get("hash"))
		if !ok {
			t.Reject("hash is neither 16 hex digits (pHash) nor 64 hex digits (PDQ)")
			continue
		}
		t.Fail(sink.MediaHash(&marsad.MediaHash{MediaURL: u, Hash: h}))
	}
	return t.Err()
}
