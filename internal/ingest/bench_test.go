package ingest

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sqlstore"
)

// countSink (csvbench_test.go) counts records without keeping them.

// syntheticV1 returns n tweet-v1 JSON lines shaped like collected tweets:
// one in four a retweet (with the embedded original), mentions, hashtags,
// a URL, and ~100 accounts.
func syntheticV1(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		user := fmt.Sprintf(`{"id_str":"%d","screen_name":"user%d","name":"User %d","description":"bio of user %d","followers_count":%d,"friends_count":10,"statuses_count":100,"created_at":"Wed Oct 10 20:19:24 +0000 2018"}`, 1000+i%100, i%100, i%100, i%100, i)
		text := fmt.Sprintf(`نص تجريبي رقم %d @user%d #tag%d https://t.co/x%d`, i, (i+1)%100, i%7, i)
		ents := fmt.Sprintf(`{"hashtags":[{"text":"tag%d"}],"user_mentions":[{"id_str":"%d","screen_name":"user%d"}],"urls":[{"url":"https://t.co/x%d","expanded_url":"https://news.example/story/%d?utm_source=tw"}]}`, i%7, 1000+(i+1)%100, (i+1)%100, i, i%500)
		tweet := fmt.Sprintf(`{"created_at":"Wed Oct 10 20:%02d:%02d +0000 2018","id_str":"%d","text":%q,"lang":"ar","user":%s,"entities":%s`, i/60%60, i%60, 1e12+i, text, user, ents)
		if i%4 == 3 {
			tweet += fmt.Sprintf(`,"retweeted_status":{"created_at":"Wed Oct 10 19:00:00 +0000 2018","id_str":"%d","text":"original","user":%s,"entities":{}}`, 1e12+i-3, user)
		}
		b.WriteString(tweet + "}\n")
	}
	return b.Bytes()
}

func BenchmarkDecodeTweetV1(b *testing.B) {
	data := syntheticV1(20000)
	b.SetBytes(int64(len(data)))
	posts := 0
	for b.Loop() {
		s := &countSink{}
		if err := TweetV1.Decode(context.Background(), bytes.NewReader(data), Options{}, s); err != nil {
			b.Fatal(err)
		}
		posts += s.posts
	}
	b.ReportMetric(float64(posts)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkDecodeFile decodes the file named by MARSAD_BENCH_FILE (e.g. a
// simulator's tweets.jsonl) with the detected format.
func BenchmarkDecodeFile(b *testing.B) {
	path := os.Getenv("MARSAD_BENCH_FILE")
	if path == "" {
		b.Skip("set MARSAD_BENCH_FILE to a file to decode")
	}
	posts := 0
	for b.Loop() {
		of, err := openFile(path, 0, nil)
		if err != nil {
			b.Fatal(err)
		}
		f := Detect(of.Head)
		s := &countSink{}
		if err := f.Decode(context.Background(), of.Reader, Options{}, s); err != nil {
			b.Fatal(err)
		}
		of.Close()
		st, _ := os.Stat(path)
		b.SetBytes(st.Size())
		posts += s.posts
	}
	b.ReportMetric(float64(posts)/b.Elapsed().Seconds(), "posts/s")
}

// benchImport imports a synthetic tweet-v1 file of n lines per iteration
// into a fresh store from open, and reports posts/s.
func benchImport(b *testing.B, n int, open func(b *testing.B) marsad.ImportService) {
	path := filepath.Join(b.TempDir(), "tweets.jsonl")
	if err := os.WriteFile(path, syntheticV1(n), 0o644); err != nil {
		b.Fatal(err)
	}
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	var posts int64
	for b.Loop() {
		store := open(b)
		sum, err := Import(context.Background(), store, []string{path}, ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		posts += sum.Total.Posts
		if c, ok := store.(io.Closer); ok {
			c.Close()
		}
	}
	b.ReportMetric(float64(posts)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkImportFake measures decoding, batching and the importer without
// SQL (an in-memory store).
func BenchmarkImportFake(b *testing.B) {
	benchImport(b, 20000, func(*testing.B) marsad.ImportService { return newFakeStore() })
}

// BenchmarkImportSQLite measures the whole import into a fresh SQLite file.
func BenchmarkImportSQLite(b *testing.B) {
	benchImport(b, 20000, func(b *testing.B) marsad.ImportService {
		db, err := sqlstore.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), nil)
		if err != nil {
			b.Fatal(err)
		}
		return db
	})
}
