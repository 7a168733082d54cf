// Package urlcanon canonicalises URLs so that the same link shared in
// different spellings (tracking parameters, www., default ports, fragments,
// parameter order) becomes one string that analyses can match on.
//
// The rules, applied in order by Canonical:
//
//  1. Surrounding space is trimmed; a URL without a scheme but starting with
//     a host ("example.com/x", "www.x.org") gets "http://".
//  2. Scheme and host are lower-cased; a leading "www." is dropped; an empty
//     or default port (":80" for http, ":443" for https) is dropped.
//  3. The scheme https is folded into http: the same page served over both is
//     the same link for coordination analysis.
//  4. The fragment (#…) is dropped.
//  5. Tracking parameters are removed: every utm_* parameter, and the names in
//     TrackingParams (fbclid, gclid, igshid, s, t, ref_src, …). Parameter
//     names are compared case-insensitively.
//  6. The remaining query parameters are sorted by name, then value; an empty
//     query leaves no "?".
//  7. A trailing "/" of the path is dropped (the root path becomes empty), and
//     path segments are otherwise kept as given (case matters in paths).
//  8. Query pairs whose escapes are invalid are dropped.
//
// Canonical never fails: a string that does not parse as a URL is returned
// trimmed and otherwise unchanged, so that it can still be compared exactly.
package urlcanon

import (
	"net/url"
	"sort"
	"strings"
)

// TrackingParams are query parameter names (lower case) that carry tracking
// or share-attribution data rather than content, and are removed. Every
// parameter whose name starts with "utm_" is removed as well.
//
// "s" and "t" are X/Twitter share parameters (x.com/…?s=20&t=abc); "si" is
// YouTube's and Spotify's share id; "igshid"/"igsh" Instagram's; "fbclid",
// "gclid", "dclid", "msclkid", "yclid", "twclid" are ad click ids; "ref_src",
// "ref_url", "ref" referrer markers; "mc_cid"/"mc_eid" Mailchimp;
// "_ga"/"_gl" Google Analytics linkers; "feature" YouTube's share origin.
var TrackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "yclid": true, "twclid": true, "igshid": true, "igsh": true,
	"s": true, "t": true, "si": true, "ref_src": true, "ref_url": true, "ref": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "feature": true,
	"mkt_tok": true, "oly_anon_id": true, "oly_enc_id": true, "vero_id": true,
	"__twitter_impression": true, "cmpid": true, "smid": true,
}

// Canonical returns the canonical form of raw; see the package comment for
// the rules. It is deterministic and idempotent: Canonical(Canonical(x)) ==
// Canonical(x).
func Canonical(raw string) string {
	s := strings.TrimSpace(raw)
	if s == "" {
		return ""
	}
	if !strings.Contains(s, "://") && looksLikeHost(s) {
		s = "http://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return s
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "https" {
		u.Scheme = "http"
	}
	u.Host = canonicalHost(u.Host, u.Scheme)
	if u.Host == "" || u.Scheme == "" {
		return s
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	u.RawQuery = canonicalQuery(u.RawQuery)
	u.ForceQuery = false
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	if u.Path != "" && !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path
	}
	return u.String()
}

// looksLikeHost reports whether a scheme-less string starts with something
// like a domain name ("example.com", "www.x.org/path"), not "mailto:" or a
// bare word.
func looksLikeHost(s string) bool {
	host := s
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if strings.ContainsAny(host, " :@") || !strings.Contains(host, ".") {
		return false
	}
	return !strings.HasPrefix(host, ".") && !strings.HasSuffix(host, ".")
}

// canonicalHost lower-cases the host, drops "www." and the scheme's default
// port (checked against the original scheme, http or https, both of which
// end up as http).
func canonicalHost(host, scheme string) string {
	host = strings.ToLower(host)
	for prev := ""; prev != host; {
		prev = host
		host = strings.TrimRight(host, ":.") // empty port, fully qualified "example.com."
		if scheme == "http" || scheme == "https" {
			host = strings.TrimSuffix(strings.TrimSuffix(host, ":80"), ":443")
		}
		host = strings.TrimPrefix(host, "www.")
	}
	return host
}

// canonicalQuery removes tracking parameters and sorts the rest. It works on
// the raw query so that parameters it keeps keep their escaping semantics
// (values are re-encoded uniformly by url.Values.Encode).
func canonicalQuery(raw string) string {
	if raw == "" {
		return ""
	}
	vals, _ := url.ParseQuery(raw) // pairs that do not unescape are dropped
	type kv struct{ k, v string }
	var kept []kv
	for k, vs := range vals {
		lk := strings.ToLower(k)
		if k == "" || strings.HasPrefix(lk, "utm_") || TrackingParams[lk] {
			continue
		}
		for _, v := range vs {
			kept = append(kept, kv{k, v})
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].k != kept[j].k {
			return kept[i].k < kept[j].k
		}
		return kept[i].v < kept[j].v
	})
	var b strings.Builder
	for i, p := range kept {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(url.QueryEscape(p.k))
		if p.v != "" {
			b.WriteByte('=')
			b.WriteString(url.QueryEscape(p.v))
		}
	}
	return b.String()
}
