package ingest

import (
	"context"
	"io"
	"maps"
	"net/url"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// CrowdTangle is the crowdtangle format: a CrowdTangle dashboard CSV export
// of Facebook page or group posts (also the older export with "Created"
// instead of "Post Created", and the Instagram export with "Account").
//
// Records: the page (or group) is the account, with its Facebook Id as id,
// User Name as handle, Page Name as display name, Page Description as bio
// and Followers at Posting as follower count. A post's id is
// "<Facebook Id>_<post id>", the post id taken from the URL column
// (https://www.facebook.com/<page>/posts/<id>, /videos/<id>,
// /groups/<g>/permalink/<id>, permalink.php?story_fbid=<id>…), which is
// the form of Facebook's Graph API and of CrowdTangle's own API; without a
// usable URL it is a hash of (account, time, message). "Post Created" is
// local time with a zone abbreviation ("2023-11-13 04:30:36 EST"); the
// abbreviation is honoured, an unknown one is a reject.
var CrowdTangle = Format{
	Name:        "crowdtangle",
	Description: "CrowdTangle CSV export of Facebook (or Instagram) posts",
	Detect:      detectCrowdTangle,
	Decode:      decodeCrowdTangle,
}

var crowdTangleColumns = csvSet("page name", "group name", "account", "user name", "facebook id",
	"page category", "page admin top country", "page description", "page created", "likes at posting",
	"followers at posting", "post created", "post created date", "post created time", "created", "type",
	"total interactions", "likes", "comments", "shares", "love", "wow", "haha", "sad", "angry", "care",
	"video share status", "is video owner?", "post views", "total views", "total views for all crossposts",
	"video length", "url", "message", "link", "final link", "image text", "link text", "description",
	"sponsor id", "sponsor name", "sponsor category", "overperforming score", "views", "photo", "title",
	"score", "followers", "following")

// detectCrowdTangle needs the export's distinctive columns: User Name, URL,
// a creation time column and a count "at Posting".
func detectCrowdTangle(head []byte) bool {
	h := csvHeaderSet(head)
	return h["user name"] && h["url"] && (h["post created"] || h["created"]) &&
		(h["followers at posting"] || h["likes at posting"])
}

func decodeCrowdTangle(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "crowdtangle", opts, sink)
	if err != nil {
		return err
	}
	timeCol := "post created"
	if !t.Has(timeCol) {
		timeCol = "created"
	}
	if m := t.Missing("url", timeCol); len(m) > 0 {
		return marsad.Errorf(marsad.EINVALID, "crowdtangle: missing required columns: %s", strings.Join(m, ", "))
	}
	if !t.Has("facebook id") && !t.Has("user name") {
		return marsad.Errorf(marsad.EINVALID, "crowdtangle: missing required columns: Facebook Id or User Name")
	}
	known := maps.Clone(crowdTangleColumns)
	for _, n := range t.header {
		// Score columns carry their weighting formula in the name.
		if strings.HasPrefix(n, "overperforming score") || strings.HasPrefix(n, "total interactions") {
			known[n] = true
		}
	}
	t.NoticeUnknown(known)
	instagram := !t.Has("facebook id") && t.Has("account")
	def := marsad.PlatformFacebook
	if instagram {
		def = "instagram"
	}
	d := &ctDecoder{t: t, sink: sink, platform: csvPlatform(opts, def), instagram: instagram,
		times: newCSVTime(opts.TimeLayout), created: newCSVTime(""), accounts: newCSVAccounts(), timeCol: timeCol}
	for t.Next(ctx) {
		d.row()
	}
	return t.Err()
}

type ctDecoder struct {
	t         *csvTable
	sink      Sink
	platform  string
	instagram bool
	times     *csvTime
	created   *csvTime
	accounts  *csvAccounts
	timeCol   string
}

func (d *ctDecoder) row() {
	t := d.t
	handle := strings.TrimPrefix(t.Get("user name"), "@")
	id, ok := csvID(t.Get("facebook id"))
	if !ok {
		t.Reject("malformed Facebook Id")
		return
	}
	if id == "" && handle != "" {
		id = marsad.HandleID(handle)
	}
	if id == "" {
		t.Reject("row has neither Facebook Id nor User Name")
		return
	}
	at, err := d.times.Parse(t.Get(d.timeCol))
	if err != nil {
		t.Reject(d.timeCol + ": " + err.Error())
		return
	}
	a := marsad.Account{Platform: d.platform, ID: id, Handle: handle, Bio: t.GetRaw("page description"),
		Followers: csvCount(t.Get("followers at posting")), Following: -1, PostCount: -1, ObservedAt: at}
	for _, c := range []string{"page name", "group name", "account"} {
		if v := t.Get(c); v != "" {
			a.DisplayName = v
			break
		}
	}
	if a.Followers < 0 {
		a.Followers = csvCount(t.Get("followers"))
	}
	if v := t.Get("page created"); !csvNull(v) {
		if ts, err := d.created.Parse(v); err == nil {
			a.CreatedAt = ts
		}
	}
	text := t.GetRaw("message")
	if d.instagram {
		text = t.GetRaw("description")
	}
	p := marsad.Post{Platform: d.platform, AccountID: id, AccountHandle: handle, CreatedAt: at,
		Text: text, Kind: marsad.PostOriginal, SourceLine: t.Line()}
	if postID := ctPostID(t.Get("url"), d.instagram); postID != "" {
		p.ID = postID
		if !d.instagram {
			p.ID = id + "_" + postID
		}
	} else {
		p.ID = csvHashID("crowdtangle:", id, at.Format(time.RFC3339), text)
	}
	e := csvScanText(text)
	p.Mentions, p.Hashtags = e.Mentions, e.Hashtags
	links := e.URLs
	link := t.Get("final link")
	if link == "" {
		link = t.Get("link")
	}
	if link != "" && !d.instagram && !csvContains(links, link) {
		links = append([]string{link}, links...)
	}
	p.URLs = csvURLs(links)
	if photo := t.Get("photo"); photo != "" && d.instagram {
		p.Media = append(p.Media, marsad.Media{URL: photo, Type: "photo"})
	}
	if t.Fail(d.accounts.Emit(d.sink, &a)) != nil {
		return
	}
	t.Fail(d.sink.Post(&p))
}

// ctPostID extracts the post's own id from a CrowdTangle URL: for Facebook
// the last all-digit path segment or the story_fbid/fbid query parameter,
// else a final "pfbid…" segment; for Instagram the /p/<shortcode> part.
// It returns "" when the URL has none.
func ctPostID(raw string, instagram bool) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if instagram {
		for i, s := range segs {
			if (s == "p" || s == "reel" || s == "tv") && i+1 < len(segs) {
				return segs[i+1]
			}
		}
		return ""
	}
	q := u.Query()
	for _, k := range []string{"story_fbid", "fbid", "v"} {
		if v := q.Get(k); csvDigits(v) || strings.HasPrefix(v, "pfbid") {
			return v
		}
	}
	for i := len(segs) - 1; i >= 1; i-- {
		if csvDigits(segs[i]) {
			return segs[i]
		}
	}
	if n := len(segs); n >= 2 && strings.HasPrefix(segs[n-1], "pfbid") {
		return segs[n-1]
	}
	return ""
}

func csvContains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
