package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// failSink fails on the first post, as a store that has gone away would.
type failSink struct{ collectSink }

var errStoreGone = errors.New("store gone")

func (s *failSink) Post(*marsad.Post) error { return errStoreGone }

// TestCSVSinkErrorStops checks the Sink contract: a sink error stops the
// decoder and is returned from Decode.
func TestCSVSinkErrorStops(t *testing.T) {
	in := "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n1,2,u,,,a,0,\n3,4,v,,,b,0,\n"
	s := &failSink{}
	err := CNTCSV.Decode(context.Background(), strings.NewReader(in), Options{}, s)
	if !errors.Is(err, errStoreGone) {
		t.Fatalf("err = %v, want the sink's error", err)
	}
	if len(s.Accounts) != 1 {
		t.Errorf("decoding went on after the sink failed: %d accounts", len(s.Accounts))
	}
}

// TestCSVContextCancel checks that a cancelled import stops.
func TestCSVContextCancel(t *testing.T) {
	var b strings.Builder
	b.WriteString("follower_id,followee_id\n")
	for i := 0; i < 5000; i++ {
		fmt.Fprintf(&b, "%d,%d\n", i, i+1)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s := &collectSink{}
	err := FollowsCSV.Decode(ctx, strings.NewReader(b.String()), Options{}, s)
	if !errors.Is(err, context.Canceled) || len(s.Follows) >= 5000 {
		t.Errorf("err = %v after %d follows, want context.Canceled early", err, len(s.Follows))
	}
}

// TestCSVBadUTF8 checks that a run of invalid bytes is replaced (by one
// U+FFFD) and the row kept.
func TestCSVBadUTF8(t *testing.T) {
	in := "media_url,hash\nhttps://x.example/\xff\xfe.jpg,f8f8f0f0e0e0c0c0\n"
	s, err := decodeCSVString(t, &MediaHashesCSV, in, Options{})
	if err != nil || len(s.MediaHashes) != 1 || s.MediaHashes[0].MediaURL != "https://x.example/\uFFFD.jpg" {
		t.Errorf("%v %+v", err, s.MediaHashes)
	}
}

func ExampleParseMapping() {
	m, err := ParseMapping("id=tweet_id,account=external_author_id,text=content,time=publish_date")
	if err != nil {
		panic(err)
	}
	fmt.Println(m["id"], m["account"], m["text"], m["time"])
	// Output: tweet_id external_author_id content publish_date
}
