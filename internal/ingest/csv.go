package ingest

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

// GenericCSV is the csv format: any other CSV of posts, read through a
// column mapping (Options.Map: marsad field → column, see MappingFields,
// ParseMapping and LoadMapping), e.g. the FiveThirtyEight IRA tweets with
// id=tweet_id,account=external_author_id,handle=author,text=content,
// time=publish_date,lang=language,kind=post_type.
//
// It is never auto-detected (Detect is nil): a CSV of posts has no header
// that says so, and guessing columns would invent data. Required mapped
// fields: id, time, and account or handle; a mapped column missing from the
// header is an error naming it; header columns not mapped draw one notice.
var GenericCSV = Format{
	Name:        "csv",
	Description: "any CSV of posts through a column mapping (--map field=column,...)",
	Decode:      decodeGenericCSV,
}

type genericCSV struct {
	t        *csvTable
	sink     Sink
	col      map[string]string // field → normalised column name
	times    *csvTime
	platform string
	accounts *csvAccounts
}

func decodeGenericCSV(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	if len(opts.Map) == 0 {
		return marsad.Errorf(marsad.EINVALID, "csv: no column mapping; pass --map id=COLUMN,account=COLUMN,text=COLUMN,time=COLUMN (or a mapping file)")
	}
	col := map[string]string{}
	layout := opts.TimeLayout
	for k, v := range opts.Map {
		k = strings.ToLower(strings.TrimSpace(k))
		if _, ok := MappingFields[k]; !ok {
			return marsad.Errorf(marsad.EINVALID, "csv: unknown mapping field %q (fields: %s)", k, mappingFieldList())
		}
		if k == "time_layout" {
			if layout == "" {
				layout = v
			}
			continue
		}
		col[k] = csvNorm(v)
	}
	var missing []string
	for _, f := range []string{"id", "time"} {
		if col[f] == "" {
			missing = append(missing, f)
		}
	}
	if col["account"] == "" && col["handle"] == "" {
		missing = append(missing, "account (or handle)")
	}
	if len(missing) > 0 {
		return marsad.Errorf(marsad.EINVALID, "csv: the mapping lacks required fields: %s", strings.Join(missing, ", "))
	}
	t, err := openCSVTable(r, "csv", opts, sink)
	if err != nil {
		return err
	}
	var absent []string
	used := map[string]bool{}
	for f, c := range col {
		used[c] = true
		if !t.Has(c) {
			absent = append(absent, fmt.Sprintf("%s=%s", f, c))
		}
	}
	if len(absent) > 0 {
		sort.Strings(absent)
		return marsad.Errorf(marsad.EINVALID, "csv: mapped columns not in the header: %s (header: %s)",
			strings.Join(absent, ", "), csvShort(strings.Join(t.header, ",")))
	}
	if u := t.unknown(used); len(u) > 0 {
		sink.Notice("csv: columns not in the mapping, ignored: " + strings.Join(u, ", "))
	}
	g := &genericCSV{t: t, sink: sink, col: col, times: newCSVTime(layout),
		platform: csvPlatform(opts, marsad.PlatformTwitter), accounts: newCSVAccounts()}
	for t.Next(ctx) {
		g.row()
	}
	return t.Err()
}

// get returns the trimmed cell of a mapped field, "" when unmapped.
func (g *genericCSV) get(field string) string {
	if c := g.col[field]; c != "" {
		return g.t.Get(c)
	}
	return ""
}

func (g *genericCSV) row() {
	t := g.t
	id, ok := csvID(g.get("id"))
	if !ok || id == "" {
		t.Reject(csvIDReason("id", g.get("id")))
		return
	}
	account, ok := csvID(g.get("account"))
	if !ok {
		t.Reject(csvIDReason("account", g.get("account")))
		return
	}
	handle := strings.TrimPrefix(g.get("handle"), "@")
	if strings.ContainsAny(handle, " \t\n") {
		t.Reject(fmt.Sprintf("handle %q contains spaces", csvShort(handle)))
		return
	}
	if account == "" && handle != "" {
		account = marsad.HandleID(handle)
	}
	if account == "" {
		t.Reject("missing account")
		return
	}
	at, err := g.times.Parse(g.get("time"))
	if err != nil {
		t.Reject("time: " + err.Error())
		return
	}
	platform := g.platform
	if v := g.get("platform"); v != "" {
		platform = strings.ToLower(v)
	}
	p := marsad.Post{Platform: platform, ID: id, AccountID: account, AccountHandle: handle, CreatedAt: at,
		Lang: g.get("lang"), Kind: marsad.PostOriginal, SourceLine: t.Line()}
	if c := g.col["text"]; c != "" {
		p.Text = t.GetRaw(c)
	}
	if !g.refs(&p) {
		return
	}
	g.entities(&p)
	if p.Kind == marsad.PostRepost {
		if p.RepostOfPostID == "" && p.Text != "" {
			// The original is unknown (e.g. the IRA tweets mark retweets
			// only by post_type): name it by its author and text, so that
			// reposts of one original point at one post, as in kaggle-isis.
			body := p.Text
			if _, rest, ok := csvRetweetPrefix(body); ok {
				body = rest
			}
			p.RepostOfPostID = csvHashID("csv-rt:", p.RepostOfAccountID, body)
		}
		csvBareRepost(&p)
	}
	// Every author is an account, even when the mapping gives only its id.
	if account != "" {
		a := marsad.Account{Platform: platform, ID: account, Handle: handle, DisplayName: g.get("name"),
			Followers: csvCount(g.get("followers")), Following: csvCount(g.get("following")),
			PostCount: -1, ObservedAt: at}
		if t.Fail(g.accounts.Emit(g.sink, &a)) != nil {
			return
		}
	}
	t.Fail(g.sink.Post(&p))
}

// refs fills the referenced posts and the kind; false after a reject.
func (g *genericCSV) refs(p *marsad.Post) bool {
	for _, ref := range []struct {
		field string
		dst   *string
	}{{"reply_to", &p.ReplyToPostID}, {"repost_of", &p.RepostOfPostID}, {"quoted", &p.QuotedPostID}} {
		v, ok := csvID(g.get(ref.field))
		if !ok {
			g.t.Reject(csvIDReason(ref.field, g.get(ref.field)))
			return false
		}
		*ref.dst = v
	}
	switch {
	case p.RepostOfPostID != "":
		p.Kind = marsad.PostRepost
	case p.QuotedPostID != "":
		p.Kind = marsad.PostQuote
	case p.ReplyToPostID != "":
		p.Kind = marsad.PostReply
	}
	kindMapped := g.col["kind"] != ""
	if kindMapped {
		raw := g.get("kind")
		k, ok := csvKind(raw)
		if !ok {
			g.t.Reject(fmt.Sprintf("kind: unknown post kind %q", csvShort(raw)))
			return false
		}
		if raw != "" {
			p.Kind = k // an explicit kind wins; the id columns fill the references
		}
	}
	// Text-only exports mark old-style retweets with "RT @handle: ".
	if h, _, ok := csvRetweetPrefix(p.Text); ok {
		if p.Kind == marsad.PostOriginal && !kindMapped {
			p.Kind = marsad.PostRepost
		}
		if p.Kind == marsad.PostRepost && p.RepostOfAccountID == "" {
			p.RepostOfAccountID = marsad.HandleID(h)
		}
	}
	return true
}

// csvKind maps the spellings of post kinds found in exports.
func csvKind(s string) (marsad.PostKind, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "post", "original", "tweet", "status":
		return marsad.PostOriginal, true
	case "repost", "retweet", "rt", "share", "forward":
		return marsad.PostRepost, true
	case "reply", "replied_to", "comment":
		return marsad.PostReply, true
	case "quote", "quote_tweet", "quoted", "quoted_tweet":
		return marsad.PostQuote, true
	}
	return "", false
}

// entities fills mentions, hashtags and URLs from mapped columns, or from
// the text for those not mapped.
func (g *genericCSV) entities(p *marsad.Post) {
	var e csvEntities
	if g.col["urls"] == "" || g.col["hashtags"] == "" || g.col["mentions"] == "" {
		e = csvScanText(p.Text)
	}
	if g.col["urls"] != "" {
		e.URLs = csvSplitURLs(g.get("urls"))
	}
	if g.col["hashtags"] != "" {
		e.Hashtags = nil
		for _, h := range csvSplitList(g.get("hashtags")) {
			if h = strings.TrimPrefix(h, "#"); h != "" {
				e.Hashtags = append(e.Hashtags, h)
			}
		}
	}
	if g.col["mentions"] != "" {
		e.Mentions = nil
		for _, m := range csvSplitList(g.get("mentions")) {
			if strings.HasPrefix(m, "@") || !csvDigits(m) {
				h := strings.TrimPrefix(m, "@")
				if h != "" {
					e.Mentions = append(e.Mentions, marsad.Mention{AccountID: marsad.HandleID(h), Handle: h})
				}
				continue
			}
			e.Mentions = append(e.Mentions, marsad.Mention{AccountID: m})
		}
	}
	p.Mentions, p.Hashtags, p.URLs = e.Mentions, e.Hashtags, csvURLs(e.URLs)
}

// csvSplitURLs splits a links cell: a [list], or whitespace-separated (links
// may contain commas, so commas separate only when followed by a scheme).
func csvSplitURLs(s string) []string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		return csvPyList(s)
	}
	s = strings.ReplaceAll(s, ",http", " http")
	s = strings.ReplaceAll(s, ", http", " http")
	return strings.Fields(s)
}
