package sqlstore

import (
	"reflect"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestEntitiesRoundTrip(t *testing.T) {
	in := marsad.Post{
		Mentions: []marsad.Mention{{AccountID: "1", Handle: "a"}, {AccountID: "", Handle: ""}},
		Hashtags: []string{"وسم", ""},
		URLs:     []marsad.URL{{Given: "https://t.co/x", Canonical: "x.org"}},
		Media:    []marsad.Media{{URL: "u", Type: "photo", LocalPath: "p", PHash: "0123456789abcdef", PDQ: "f"}},
	}
	b := appendEntities(nil, &in)
	// Hand-checked layout: version, then counts and length-prefixed strings.
	want := []byte{1, 2, 1, '1', 1, 'a', 0, 0, 2, 6}
	if !reflect.DeepEqual(b[:len(want)], want) {
		t.Fatalf("encoding starts % x, want % x", b[:len(want)], want)
	}
	var out marsad.Post
	if err := decodeEntities(b, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out.Mentions, in.Mentions) || !reflect.DeepEqual(out.Hashtags, in.Hashtags) ||
		!reflect.DeepEqual(out.URLs, in.URLs) || !reflect.DeepEqual(out.Media, in.Media) {
		t.Fatalf("round trip:\n got  %+v\n want %+v", out, in)
	}
	// Decoding into a reused post replaces, never appends.
	if err := decodeEntities(b, &out); err != nil || len(out.Mentions) != 2 {
		t.Fatalf("reuse: %v, %d mentions", err, len(out.Mentions))
	}
	if err := decodeEntities(nil, &out); err != nil || len(out.Mentions)+len(out.Hashtags)+len(out.URLs)+len(out.Media) != 0 {
		t.Fatalf("empty column: %v, %+v", err, out)
	}
}

func TestEntitiesCorrupt(t *testing.T) {
	good := appendEntities(nil, &marsad.Post{Hashtags: []string{"abc"}})
	for name, b := range map[string][]byte{
		"unknown version": {2, 0, 0, 0, 0},
		"truncated":       good[:len(good)-1],
		"trailing bytes":  append(append([]byte{}, good...), 0),
		"huge count":      {1, 0xff, 0xff, 0xff, 0xff, 0x0f},
		"huge length":     {1, 0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f, 'a'},
		"overlong varint": {1, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
	} {
		var p marsad.Post
		if err := decodeEntities(b, &p); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
}

// FuzzDecodeEntities checks that no column content makes the decoder panic
// or allocate without bound, and that whatever decodes re-encodes stably.
func FuzzDecodeEntities(f *testing.F) {
	f.Add(appendEntities(nil, &marsad.Post{Hashtags: []string{"a"}, Media: []marsad.Media{{URL: "u"}}}))
	f.Add([]byte{1, 0, 0, 0, 0})
	f.Add([]byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f})
	f.Fuzz(func(t *testing.T, b []byte) {
		var p marsad.Post
		if err := decodeEntities(b, &p); err != nil || len(b) == 0 {
			return
		}
		// Encoding cleans text (invalid UTF-8, NUL), so compare after one
		// round: encoding is then a fixed point.
		once := appendEntities(nil, &p)
		var q marsad.Post
		if err := decodeEntities(once, &q); err != nil {
			t.Fatalf("re-encoded entities do not decode: %v", err)
		}
		if twice := appendEntities(nil, &q); !reflect.DeepEqual(once, twice) {
			t.Fatalf("encoding is not stable: % x then % x", once, twice)
		}
	})
}
