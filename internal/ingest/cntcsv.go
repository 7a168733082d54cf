package ingest

import (
	"context"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// CNTCSV is the cnt-csv format: the CSV input of the coordination network
// toolkit (QUT Digital Observatory), so that its users can bring their files
// unchanged. Columns, in this order: message_id, user_id, username,
// repost_id, reply_id, message, timestamp, urls. As in the toolkit:
//   - empty repost_id / reply_id mean none;
//   - timestamp is seconds (a float), on any consistent origin; marsad reads
//     it as Unix time;
//   - urls is space-separated, and the URLs of reposts are ignored.
//
// The toolkit reads columns by position and ignores the header's names;
// marsad matches them by name when the header has them all and falls back to
// position (with a notice) when the header has eight other names.
// Platform defaults to twitter (--platform overrides).
var CNTCSV = Format{
	Name:        "cnt-csv",
	Description: "coordination network toolkit CSV: message_id,user_id,username,repost_id,reply_id,message,timestamp,urls",
	Detect:      detectCNTCSV,
	Decode:      decodeCNTCSV,
}

var cntOrder = []string{"message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"}

func detectCNTCSV(head []byte) bool {
	return csvHasAll(csvHeaderSet(head), cntOrder...)
}

func decodeCNTCSV(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "cnt-csv", opts, sink)
	if err != nil {
		return err
	}
	if m := t.Missing(cntOrder...); len(m) > 0 {
		if len(t.header) != len(cntOrder) {
			return marsad.Errorf(marsad.EINVALID, "cnt-csv: missing required columns: %s", strings.Join(m, ", "))
		}
		sink.Notice("cnt-csv: header names differ from the toolkit's; columns read by position as " + strings.Join(cntOrder, ","))
		t.cols = map[string]int{}
		for i, n := range cntOrder {
			t.cols[n] = i
		}
	} else {
		t.NoticeUnknown(csvSet(cntOrder...))
	}
	platform := csvPlatform(opts, marsad.PlatformTwitter)
	accounts := newCSVAccounts()
	for t.Next(ctx) {
		id, ok1 := csvID(t.Get("message_id"))
		user, ok2 := csvID(t.Get("user_id"))
		if !ok1 || !ok2 || id == "" || user == "" {
			t.Reject("missing or malformed message_id or user_id")
			continue
		}
		repost, ok1 := csvID(t.Get("repost_id"))
		reply, ok2 := csvID(t.Get("reply_id"))
		if !ok1 || !ok2 {
			t.Reject("malformed repost_id or reply_id")
			continue
		}
		at, err := csvEpochAs(t.Get("timestamp"), 1)
		if err != nil {
			t.Reject("timestamp: " + err.Error())
			continue
		}
		handle := strings.TrimPrefix(t.Get("username"), "@")
		p := marsad.Post{Platform: platform, ID: id, AccountID: user, AccountHandle: handle,
			CreatedAt: at, Text: t.GetRaw("message"), Kind: marsad.PostOriginal, SourceLine: t.Line()}
		e := csvScanText(p.Text)
		p.Mentions, p.Hashtags = e.Mentions, e.Hashtags
		switch {
		case repost != "":
			p.Kind, p.RepostOfPostID, p.ReplyToPostID = marsad.PostRepost, repost, reply
			csvBareRepost(&p)
		case reply != "":
			p.Kind, p.ReplyToPostID = marsad.PostReply, reply
			p.URLs = csvURLs(strings.Fields(t.Get("urls")))
		default:
			p.URLs = csvURLs(strings.Fields(t.Get("urls")))
		}
		if handle != "" {
			a := marsad.Account{Platform: platform, ID: user, Handle: handle, Followers: -1, Following: -1,
				PostCount: -1, ObservedAt: at}
			if t.Fail(accounts.Emit(sink, &a)) != nil {
				break
			}
		}
		t.Fail(sink.Post(&p))
	}
	return t.Err()
}
