package sqlstore

import (
	"encoding/binary"
	"errors"

	"github.com/marsad-project/marsad"
)

// A post's mentions, hashtags, URLs and media are stored in one BLOB/BYTEA
// column rather than child tables, so that ScanPosts is a single streaming
// query with no per-post lookups and no merge of several cursors (see
// docs/STORE.md). The encoding is compact and versioned:
//
//	version byte (1)
//	uvarint n, n × (account id, handle)                  mentions
//	uvarint n, n × tag                                   hashtags
//	uvarint n, n × (given, canonical)                    URLs
//	uvarint n, n × (url, type, local path, phash, pdq)   media
//
// where every string is a uvarint byte length followed by the bytes. A post
// without entities stores NULL.

const entitiesV1 = 1

// errEntities reports a corrupt entities column.
var errEntities = errors.New("corrupt entities column")

// hasEntities reports whether p has anything to encode.
func hasEntities(p *marsad.Post) bool {
	return len(p.Mentions)+len(p.Hashtags)+len(p.URLs)+len(p.Media) > 0
}

// appendEntities appends p's encoded entities to b. Strings are cleaned like
// every other stored text.
func appendEntities(b []byte, p *marsad.Post) []byte {
	b = append(b, entitiesV1)
	b = binary.AppendUvarint(b, uint64(len(p.Mentions)))
	for _, m := range p.Mentions {
		b = appendStr(b, m.AccountID)
		b = appendStr(b, m.Handle)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Hashtags)))
	for _, h := range p.Hashtags {
		b = appendStr(b, h)
	}
	b = binary.AppendUvarint(b, uint64(len(p.URLs)))
	for _, u := range p.URLs {
		b = appendStr(b, u.Given)
		b = appendStr(b, u.Canonical)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Media)))
	for _, m := range p.Media {
		b = appendStr(b, m.URL)
		b = appendStr(b, m.Type)
		b = appendStr(b, m.LocalPath)
		b = appendStr(b, m.PHash)
		b = appendStr(b, m.PDQ)
	}
	return b
}

func appendStr(b []byte, s string) []byte {
	s = clean(s)
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// entityReader decodes an entities column. It converts the whole column to
// one string once, so every decoded string is a substring of it: one
// allocation per post instead of one per entity.
type entityReader struct {
	s   string
	off int
	err error
}

func (r *entityReader) uvarint() int {
	if r.err != nil {
		return 0
	}
	var v uint64
	var shift uint
	for {
		if r.off >= len(r.s) || shift > 63 {
			r.err = errEntities
			return 0
		}
		c := r.s[r.off]
		r.off++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	if v > uint64(len(r.s)-r.off) {
		// A count or length can never exceed the bytes left (every item
		// takes at least one byte), which also bounds allocations.
		r.err = errEntities
		return 0
	}
	return int(v)
}

func (r *entityReader) str() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

// decodeEntities fills p's entity slices from b, reusing their backing arrays
// (ScanPosts reuses one Post). Empty b means no entities.
func decodeEntities(b []byte, p *marsad.Post) error {
	p.Mentions, p.Hashtags, p.URLs, p.Media = p.Mentions[:0], p.Hashtags[:0], p.URLs[:0], p.Media[:0]
	if len(b) == 0 {
		return nil
	}
	if b[0] != entitiesV1 {
		return errEntities
	}
	r := entityReader{s: string(b[1:])}
	for n := r.uvarint(); n > 0 && r.err == nil; n-- {
		p.Mentions = append(p.Mentions, marsad.Mention{AccountID: r.str(), Handle: r.str()})
	}
	for n := r.uvarint(); n > 0 && r.err == nil; n-- {
		p.Hashtags = append(p.Hashtags, r.str())
	}
	for n := r.uvarint(); n > 0 && r.err == nil; n-- {
		p.URLs = append(p.URLs, marsad.URL{Given: r.str(), Canonical: r.str()})
	}
	for n := r.uvarint(); n > 0 && r.err == nil; n-- {
		p.Media = append(p.Media, marsad.Media{URL: r.str(), Type: r.str(), LocalPath: r.str(), PHash: r.str(), PDQ: r.str()})
	}
	if r.err == nil && r.off != len(r.s) {
		r.err = errEntities
	}
	return r.err
}
