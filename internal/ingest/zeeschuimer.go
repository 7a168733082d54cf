package ingest

import (
	"context"
	"encoding/json"
	"io"
	"time"

	"github.com/marsad-project/marsad"
)

// Zeeschuimer is the zeeschuimer format: NDJSON captured by the Zeeschuimer
// browser extension (and exported by 4CAT), one envelope per line
// (item_id, timestamp_collected, source_platform, data). For X/Twitter the
// data is a GraphQL tweet result; it is mapped to the v1.1 tweet object
// that its "legacy" part already is, so both formats share one mapping.
// Captures of other platforms are rejected per line with the platform name.
var Zeeschuimer = Format{
	Name:        "zeeschuimer",
	Description: "Zeeschuimer/4CAT NDJSON captures of X (twitter.com) timelines",
	Detect:      detectZeeschuimer,
	Decode:      decodeZeeschuimer,
}

// detectZeeschuimer accepts the envelope of an X capture.
func detectZeeschuimer(head []byte) bool {
	s, ok := sniffJSON(head)
	if !ok || !s.has("source_platform", "data") || !s.any("item_id", "timestamp_collected") {
		return false
	}
	return isXPlatform(s.values["source_platform"])
}

func isXPlatform(p string) bool { return p == "twitter.com" || p == "x.com" }

type zsEnvelope struct {
	ItemID             string   `json:"item_id"`
	TimestampCollected int64    `json:"timestamp_collected"`
	SourcePlatform     string   `json:"source_platform"`
	Data               gqlTweet `json:"data"`
}

// gqlTweet is an X GraphQL tweet result (or its visibility wrapper).
type gqlTweet struct {
	RestID string    `json:"rest_id"`
	Tweet  *gqlTweet `json:"tweet"` // TweetWithVisibilityResults wraps the tweet
	Core   struct {
		UserResults struct {
			Result *gqlUser `json:"result"`
		} `json:"user_results"`
	} `json:"core"`
	Legacy             *gqlLegacy `json:"legacy"`
	QuotedStatusResult *struct {
		Result *gqlTweet `json:"result"`
	} `json:"quoted_status_result"`
	NoteTweet *struct {
		Results struct {
			Result struct {
				Text string `json:"text"`
			} `json:"result"`
		} `json:"note_tweet_results"`
	} `json:"note_tweet"`
	User      *v1User         `json:"user"` // older "adaptive" captures
	Tombstone json.RawMessage `json:"tombstone"`
}

type gqlLegacy struct {
	v1Tweet
	RetweetedStatusResult *struct {
		Result *gqlTweet `json:"result"`
	} `json:"retweeted_status_result"`
}

type gqlUser struct {
	RestID         string `json:"rest_id"`
	IsBlueVerified bool   `json:"is_blue_verified"`
	Legacy         v1User `json:"legacy"`
	Core           *struct {
		ScreenName string `json:"screen_name"`
		Name       string `json:"name"`
		CreatedAt  string `json:"created_at"`
	} `json:"core"`
	Avatar *struct {
		ImageURL string `json:"image_url"`
	} `json:"avatar"`
}

func decodeZeeschuimer(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	platform := platformOr(opts, marsad.PlatformTwitter)
	return jsonRecords(ctx, r, opts, sink, func(line int64, raw []byte) (string, error) {
		var env zsEnvelope
		if err := json.Unmarshal(raw, &env); err != nil {
			return "not a Zeeschuimer item: " + shortErr(err), nil
		}
		if !isXPlatform(env.SourcePlatform) {
			return "Zeeschuimer item from " + env.SourcePlatform + " (only twitter.com/x.com captures are supported)", nil
		}
		t := env.Data.toV1()
		if t == nil {
			return "Zeeschuimer item without a readable tweet (tombstone or unknown shape)", nil
		}
		var observed time.Time
		if env.TimestampCollected > 0 {
			observed = time.UnixMilli(env.TimestampCollected).UTC()
		}
		return emitV1(t, platform, line, observed, sink)
	})
}

// toV1 maps a GraphQL tweet to the v1.1 object marsad reads, or nil when
// there is no tweet (a tombstone).
func (g *gqlTweet) toV1() *v1Tweet {
	for g != nil && g.Tweet != nil {
		g = g.Tweet
	}
	if g == nil || g.Legacy == nil {
		return nil
	}
	t := g.Legacy.v1Tweet
	t.IDStr = firstNonEmpty(g.RestID, t.IDStr)
	if g.NoteTweet != nil && g.NoteTweet.Results.Result.Text != "" {
		t.FullText, t.ExtendedTweet = g.NoteTweet.Results.Result.Text, nil
	}
	if u := g.Core.UserResults.Result; u != nil {
		t.User = u.toV1()
	} else if g.User != nil {
		t.User = g.User
	}
	if rs := g.Legacy.RetweetedStatusResult; rs != nil {
		t.RetweetedStatus = rs.Result.toV1()
	}
	if qs := g.QuotedStatusResult; qs != nil {
		t.QuotedStatus = qs.Result.toV1()
	}
	return &t
}

// toV1 maps a GraphQL user (pre- and post-2025 layouts) to a v1.1 user.
func (u *gqlUser) toV1() *v1User {
	v := u.Legacy
	v.IDStr = firstNonEmpty(u.RestID, v.IDStr)
	if u.Core != nil {
		v.ScreenName = firstNonEmpty(u.Core.ScreenName, v.ScreenName)
		v.Name = firstNonEmpty(u.Core.Name, v.Name)
		v.CreatedAt = firstNonEmpty(u.Core.CreatedAt, v.CreatedAt)
	}
	if u.Avatar != nil && u.Avatar.ImageURL != "" {
		v.ProfileImageURLHTTPS = u.Avatar.ImageURL
	}
	v.Verified = v.Verified || u.IsBlueVerified
	return &v
}
