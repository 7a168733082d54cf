package ingest

import (
	"encoding/json"
	"errors"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/urlcanon"
)

// twitterTimeLayout is the v1.1 and GraphQL created_at format,
// e.g. "Wed Oct 10 20:19:24 +0000 2018".
const twitterTimeLayout = "Mon Jan 02 15:04:05 -0700 2006"

// parseTwitterTime parses the v1.1 layout, and RFC 3339 (v2) as a fallback.
func parseTwitterTime(s string) (time.Time, bool) {
	if s == "" {
		return time.Time{}, false
	}
	if t, err := time.Parse(twitterTimeLayout, s); err == nil {
		return t.UTC(), true
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), true
	}
	return time.Time{}, false
}

// platformOr returns opts.Platform or the format's default platform.
func platformOr(opts Options, def string) string {
	if opts.Platform != "" {
		return opts.Platform
	}
	return def
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// count maps an optional count to the Account convention (-1 = unknown).
func count(p *int64) int64 {
	if p == nil {
		return -1
	}
	return *p
}

// addURL appends a link with its canonical form, skipping duplicates.
func addURL(p *marsad.Post, given string) {
	if given == "" {
		return
	}
	for _, u := range p.URLs {
		if u.Given == given {
			return
		}
	}
	p.URLs = append(p.URLs, marsad.URL{Given: given, Canonical: urlcanon.Canonical(given)})
}

// addMedia appends a media item, skipping duplicates and empty URLs.
func addMedia(p *marsad.Post, url, typ string) {
	if url == "" {
		return
	}
	for _, m := range p.Media {
		if m.URL == url {
			return
		}
	}
	p.Media = append(p.Media, marsad.Media{URL: url, Type: typ})
}

// shortErr shortens a JSON decoding error for a reject reason.
func shortErr(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "field " + te.Field + " has the wrong type (" + te.Value + ")"
	}
	s := err.Error()
	s = strings.TrimPrefix(s, "json: ")
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
