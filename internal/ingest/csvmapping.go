package ingest

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

// MappingFields lists the marsad fields a generic csv mapping can name, with
// what each means. "time_layout" is not a column but the Go layout of the
// time column (or "unix", "unix_ms"), so that a saved mapping file can carry it.
var MappingFields = map[string]string{
	"id":          "post id (required)",
	"account":     "author's platform id (required unless handle is mapped)",
	"handle":      "author's handle; the account id is HandleID(handle) when account is not mapped",
	"name":        "author's display name",
	"followers":   "author's follower count",
	"following":   "author's following count",
	"text":        "post text",
	"time":        "post time (required; layout detected unless time_layout is given)",
	"lang":        "language code",
	"kind":        "post kind: post, repost/retweet, reply, quote/quote_tweet",
	"reply_to":    "id of the post replied to",
	"repost_of":   "id of the reposted post",
	"quoted":      "id of the quoted post",
	"urls":        "links (space/comma separated or a [list]); extracted from text when not mapped",
	"hashtags":    "hashtags (separated or a [list]); extracted from text when not mapped",
	"mentions":    "mentioned handles or ids; extracted from text when not mapped",
	"platform":    "platform of the row (default: --platform, else twitter)",
	"time_layout": "not a column: Go time layout of the time column, or unix / unix_ms",
}

// ParseMapping parses a column mapping written as
// "id=tweet_id,account=author,text=content,time=publish_date": marsad field =
// column name, comma-separated. Field names are case-insensitive and must be
// in MappingFields; a field given twice is an error. Column names are kept as
// written (the csv format matches them case-insensitively); a column name
// containing a comma needs a JSON mapping file (LoadMapping).
func ParseMapping(s string) (map[string]string, error) {
	m := map[string]string{}
	if err := parseMappingInto(m, s); err != nil {
		return nil, err
	}
	return m, nil
}

func parseMappingInto(m map[string]string, s string) error {
	for _, pair := range strings.Split(s, ",") {
		pair = strings.TrimSpace(pair)
		if pair == "" {
			continue
		}
		k, v, ok := strings.Cut(pair, "=")
		if !ok {
			return marsad.Errorf(marsad.EINVALID, "mapping %q: want field=column", pair)
		}
		if err := setMapping(m, k, v); err != nil {
			return err
		}
	}
	return nil
}

func setMapping(m map[string]string, k, v string) error {
	k, v = strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
	if _, known := MappingFields[k]; !known {
		return marsad.Errorf(marsad.EINVALID, "mapping: unknown field %q (fields: %s)", k, mappingFieldList())
	}
	if v == "" {
		return marsad.Errorf(marsad.EINVALID, "mapping: field %q has no column", k)
	}
	if _, dup := m[k]; dup {
		return marsad.Errorf(marsad.EINVALID, "mapping: field %q given twice", k)
	}
	m[k] = v
	return nil
}

// LoadMapping reads a saved mapping file: either a JSON object
// {"id": "tweet_id", "time": "publish_date", …} or text with one or more
// field=column pairs per line (as ParseMapping), blank lines and lines
// starting with '#' ignored.
func LoadMapping(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("mapping file: %w", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, 1<<20+1))
	if err != nil {
		return nil, fmt.Errorf("mapping file %s: %w", path, err)
	}
	if len(b) > 1<<20 {
		return nil, marsad.Errorf(marsad.EINVALID, "mapping file %s: larger than 1 MiB", path)
	}
	text := strings.TrimPrefix(string(b), "\uFEFF")
	m := map[string]string{}
	if strings.HasPrefix(strings.TrimSpace(text), "{") {
		var raw map[string]string
		if err := json.Unmarshal([]byte(text), &raw); err != nil {
			return nil, marsad.Errorf(marsad.EINVALID, "mapping file %s: not a JSON object of strings: %v", path, err)
		}
		keys := make([]string, 0, len(raw))
		for k := range raw {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := setMapping(m, k, raw[k]); err != nil {
				return nil, fmt.Errorf("mapping file %s: %w", path, err)
			}
		}
		return m, nil
	}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := parseMappingInto(m, line); err != nil {
			return nil, fmt.Errorf("mapping file %s line %d: %w", path, i+1, err)
		}
	}
	return m, nil
}

func mappingFieldList() string {
	names := make([]string, 0, len(MappingFields))
	for k := range MappingFields {
		names = append(names, k)
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
