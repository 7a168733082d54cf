package ingest

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/marsad-project/marsad"
)

// countSink counts records without keeping them, so benchmarks measure the
// decoder alone.
type countSink struct{ posts, accounts, rejects int }

func (s *countSink) Account(*marsad.Account) error           { s.accounts++; return nil }
func (s *countSink) Post(*marsad.Post) error                 { s.posts++; return nil }
func (s *countSink) Follow(*marsad.Follow) error             { return nil }
func (s *countSink) StatusChange(*marsad.StatusChange) error { return nil }
func (s *countSink) Watchlist(*marsad.WatchlistEntry) error  { return nil }
func (s *countSink) MediaHash(*marsad.MediaHash) error       { return nil }
func (s *countSink) Reject(int64, string, []byte) error      { s.rejects++; return nil }
func (s *countSink) Notice(string)                           {}

// ioArchiveInput builds an IO-archive tweets CSV of n rows from 500 authors,
// with Arabic text, quoted newlines and entity lists.
func ioArchiveInput(n int) []byte {
	var b bytes.Buffer
	b.WriteString("tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,retweet_count,hashtags,urls,user_mentions,poll_choices\n")
	for i := 0; i < n; i++ {
		u := i % 500
		fmt.Fprintf(&b, "%d,%d,جندي %d,user_%d,الموصل,\"وصف الحساب, رقم %d\",,%d,%d,2018-11-27,ar,ar,\"بيان رقم %d من #ولاية_نينوى\nhttps://t.co/x%d @user_%d\",2019-10-11 %02d:%02d,Twitter for Android,,,,False,,,absent,absent,0,1,5,12,[ولاية_نينوى],[https://t.co/x%d],[%d],\n",
			1182745936238514177+i, 1067430261893390336+u, u, u, u, 100+u, 10+u, i, i, (u+1)%500, (i/60)%24, i%60, i, 1067430261893390336+(u+1)%500)
	}
	return b.Bytes()
}

// BenchmarkIOArchiveDecode measures CSV ingest throughput (posts/s and MB/s)
// of the io-archive decoder, the heaviest CSV format.
func BenchmarkIOArchiveDecode(b *testing.B) {
	in := ioArchiveInput(20000)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	var s countSink
	for i := 0; i < b.N; i++ {
		s = countSink{}
		if err := IOArchive.Decode(context.Background(), bytes.NewReader(in), Options{}, &s); err != nil {
			b.Fatal(err)
		}
	}
	if s.posts != 20000 || s.rejects != 0 {
		b.Fatalf("posts %d rejects %d", s.posts, s.rejects)
	}
	b.ReportMetric(float64(s.posts*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkCSVGuard measures the record-size guard alone on the same input.
func BenchmarkCSVGuard(b *testing.B) {
	in := ioArchiveInput(20000)
	b.SetBytes(int64(len(in)))
	buf := make([]byte, 32<<10)
	for i := 0; i < b.N; i++ {
		g := newCSVGuard(bytes.NewReader(in), DefaultMaxRecordBytes)
		for {
			if _, err := g.Read(buf); err != nil {
				break
			}
		}
	}
}
