package ingest

import (
	"context"
	"io"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// KaggleISIS is the kaggle-isis format: the "How ISIS uses Twitter" tweets.csv
// (columns name, username, description, location, followers, numberstatuses,
// time, tweets; time like "1/6/2015 21:07", UTC). The file has no ids, so:
//   - the account id is marsad.HandleID(username), which meets the same
//     handle in other handle-only data;
//   - the post id is "kaggle-isis:" + 128 bits of SHA-256 over (account id,
//     time, text), so importing the file twice adds nothing;
//   - a tweet whose text starts "RT @x: " is a repost of x's post with that
//     text; the original is not in the file, so it gets the synthetic id
//     "kaggle-isis-rt:" + hash(HandleID(x), text), and two retweets of the
//     same original point at the same id (co-retweet analyses work).
//
// Mentions, hashtags and links are extracted from the text.
var KaggleISIS = Format{
	Name:        "kaggle-isis",
	Description: `Kaggle "How ISIS uses Twitter" tweets.csv`,
	Detect:      detectKaggleISIS,
	Decode:      decodeKaggleISIS,
}

var kaggleColumns = csvSet("name", "username", "description", "location", "followers",
	"numberstatuses", "time", "tweets")

func detectKaggleISIS(head []byte) bool {
	return csvHasAll(csvHeaderSet(head), "name", "username", "description", "location", "followers",
		"numberstatuses", "time", "tweets")
}

func decodeKaggleISIS(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "kaggle-isis", opts, sink)
	if err != nil {
		return err
	}
	if m := t.Missing("username", "time", "tweets"); len(m) > 0 {
		return marsad.Errorf(marsad.EINVALID, "kaggle-isis: missing required columns: %s", strings.Join(m, ", "))
	}
	t.NoticeUnknown(kaggleColumns)
	times := newCSVTime(opts.TimeLayout)
	platform := csvPlatform(opts, marsad.PlatformTwitter)
	accounts := newCSVAccounts()
	for t.Next(ctx) {
		handle := strings.TrimPrefix(t.Get("username"), "@")
		if handle == "" || strings.ContainsAny(handle, " \t\n") {
			t.Reject("missing or malformed username")
			continue
		}
		at, err := times.Parse(t.Get("time"))
		if err != nil {
			t.Reject("time: " + err.Error())
			continue
		}
		a := marsad.Account{Platform: platform, ID: marsad.HandleID(handle), Handle: handle,
			DisplayName: t.Get("name"), Bio: t.GetRaw("description"), Location: t.Get("location"),
			Followers: csvCount(t.Get("followers")), Following: -1,
			PostCount: csvCount(t.Get("numberstatuses")), ObservedAt: at}
		text := t.GetRaw("tweets")
		p := kagglePost(platform, &a, at, text)
		p.SourceLine = t.Line()
		if t.Fail(accounts.Emit(sink, &a)) != nil {
			break
		}
		t.Fail(sink.Post(&p))
	}
	return t.Err()
}

// kagglePost builds the post of one row.
func kagglePost(platform string, a *marsad.Account, at time.Time, text string) marsad.Post {
	p := marsad.Post{Platform: platform, AccountID: a.ID, AccountHandle: a.Handle, CreatedAt: at,
		Text: text, Kind: marsad.PostOriginal,
		ID: csvHashID("kaggle-isis:", a.ID, at.Format(time.RFC3339), text)}
	e := csvScanText(text)
	p.Mentions, p.Hashtags, p.URLs = e.Mentions, e.Hashtags, csvURLs(e.URLs)
	if h, rest, ok := csvRetweetPrefix(text); ok {
		p.Kind = marsad.PostRepost
		p.RepostOfAccountID = marsad.HandleID(h)
		p.RepostOfPostID = csvHashID("kaggle-isis-rt:", p.RepostOfAccountID, rest)
		csvBareRepost(&p)
	}
	return p
}
