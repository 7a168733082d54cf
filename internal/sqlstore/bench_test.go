package sqlstore_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sqlstore"
)

// tweetLike returns the i-th of a stream of tweet-like posts: ~120 bytes of
// text, two mentions, a hashtag, a URL, media on one post in ten, a mix of
// kinds, 19-digit ids, one post per second.
func tweetLike(i int) marsad.Post {
	id := strconv.FormatInt(1700000000000000000+int64(i), 10)
	acct := strconv.Itoa(1000000 + i%20000)
	p := marsad.Post{Platform: marsad.PlatformTwitter, ID: id, AccountID: acct, AccountHandle: "user_" + acct,
		CreatedAt: time.Unix(1700000000+int64(i), 0).UTC(), Lang: "ar", Kind: marsad.PostOriginal,
		Text:       "نشر إصدار جديد من المكتب الإعلامي لولاية نينوى — تابعوا وانشروا على أوسع نطاق #إصدار " + id,
		Mentions:   []marsad.Mention{{AccountID: "1000001", Handle: "user_1000001"}, {AccountID: "1000002", Handle: "user_1000002"}},
		Hashtags:   []string{"إصدار"},
		URLs:       []marsad.URL{{Given: "https://t.co/abc" + acct, Canonical: "example.org/r/" + acct}},
		SourceLine: int64(i + 1),
	}
	switch i % 4 {
	case 1:
		p.Kind, p.RepostOfPostID, p.RepostOfAccountID, p.Text = marsad.PostRepost, strconv.FormatInt(1700000000000000000+int64(i/2), 10), "1000001", ""
	case 2:
		p.Kind, p.ReplyToPostID, p.ReplyToAccountID = marsad.PostReply, strconv.FormatInt(1700000000000000000+int64(i/2), 10), "1000002"
	}
	if i%10 == 0 {
		p.Media = []marsad.Media{{URL: "https://pbs.example/media/" + id + ".jpg", Type: "photo"}}
	}
	return p
}

func benchStore(b *testing.B) *sqlstore.DB {
	b.Helper()
	if os.Getenv("MARSAD_BENCH_BACKEND") == "postgres" {
		return openPostgresTB(b)
	}
	db, err := sqlstore.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// putPosts imports posts [from, to) in one import, 1000 per PutPosts call as
// the importers batch them.
func putPosts(b *testing.B, s marsad.Store, from, to int) {
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: fmt.Sprintf("bench-%d", from), SHA256: "x", Format: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	batch := make([]marsad.Post, 0, 1000)
	for i := from; i < to; i++ {
		batch = append(batch, tweetLike(i))
		if len(batch) == cap(batch) || i == to-1 {
			if _, err := im.PutPosts(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkPutPosts measures bulk import of tweet-like posts into SQLite
// (one transaction, multi-row prepared INSERTs), reported as posts/s.
// MARSAD_BENCH_BACKEND=postgres (with MARSAD_TEST_POSTGRES_DSN) measures
// PostgreSQL instead; so does it for the other benchmarks.
func BenchmarkPutPosts(b *testing.B) {
	s := benchStore(b)
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	putPosts(b, s, 0, b.N)
	reportRates(b, b.N, start, cpu, "posts")
}

// BenchmarkPutPostsKnownHashes is BenchmarkPutPosts into a store that
// already knows a PDQ hash for every other media URL (a media-hashes file
// imported before the posts), so each media item is looked up and half of
// them filled.
func BenchmarkPutPostsKnownHashes(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "hashes", SHA256: "h", Format: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	var hs []marsad.MediaHash
	for i := 0; i < b.N; i += 20 {
		hs = append(hs, marsad.MediaHash{MediaURL: tweetLike(i).Media[0].URL, Hash: fmt.Sprintf("%064x", i+1)})
	}
	if _, err := im.PutMediaHashes(ctx, hs); err != nil {
		b.Fatal(err)
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	putPosts(b, s, 0, b.N)
	reportRates(b, b.N, start, cpu, "posts")
	b.StopTimer()
	p, err := s.FindPost(ctx, marsad.PlatformTwitter, tweetLike(0).ID)
	if err != nil || p.Media[0].PDQ != fmt.Sprintf("%064x", 1) {
		b.Fatalf("post 0 media %+v (%v), want the known PDQ", p.Media, err)
	}
}

// BenchmarkScanPosts measures the time-ordered scan of a store of
// MARSAD_BENCH_POSTS posts (default 200000), reported as posts/s.
func BenchmarkScanPosts(b *testing.B) {
	n := 200000
	if v, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_POSTS")); err == nil && v > 0 {
		n = v
	}
	s := benchStore(b)
	putPosts(b, s, 0, n)
	ctx := context.Background()
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		seen := 0
		if err := s.ScanPosts(ctx, marsad.PostFilter{}, func(p *marsad.Post) error { seen++; return nil }); err != nil {
			b.Fatal(err)
		}
		if seen != n {
			b.Fatalf("scanned %d posts, want %d", seen, n)
		}
	}
	reportRates(b, n*b.N, start, cpu, "posts")
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportRates reports posts per wall-clock second and per CPU second: on a
// shared machine the second is the steadier measure of the code's cost.
func reportRates(b *testing.B, n int, start time.Time, cpu0 time.Duration, unit string) {
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), unit+"/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), unit+"/cpu-s")
	}
}

// BenchmarkPutAccounts measures the account upserts of a tweet-v1 import,
// where every post carries its author: batches of 1000 observations of a
// population of 20000 accounts, reported as observations/s.
func BenchmarkPutAccounts(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "accounts", SHA256: "x", Format: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer im.Rollback()
	batch := make([]marsad.Account, 0, 1000)
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for i := 0; i < b.N; i++ {
		id := strconv.Itoa(1000000 + (i*7919)%20000)
		batch = append(batch, marsad.Account{Platform: marsad.PlatformTwitter, ID: id, Handle: "user_" + id,
			DisplayName: "مستخدم " + id, Bio: "نصرة الدين", Followers: int64(i), Following: 10, PostCount: int64(i),
			ObservedAt: time.Unix(1700000000+int64(i), 0)})
		if len(batch) == cap(batch) || i == b.N-1 {
			if _, err := im.PutAccounts(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = batch[:0]
		}
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err != nil {
		b.Fatal(err)
	}
	reportRates(b, b.N, start, cpu, "accounts")
}
