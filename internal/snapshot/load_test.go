package snapshot_test

import (
	"context"
	"errors"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

func TestLoadFilterAndProgress(t *testing.T) {
	src := &snaptest.Source{}
	snaptest.Generate(snaptest.Config{Seed: 1, Posts: 25_000}, func(p *marsad.Post) { src.Posts = append(src.Posts, *p) })
	src.Accounts = []marsad.Account{{Platform: "twitter", ID: "0", Handle: "zero", Followers: 5}}
	src.Follows = []marsad.Follow{{Platform: "twitter", FollowerID: "1", FolloweeID: "0"}}
	mid := src.Posts[10_000].CreatedAt
	var calls []int64
	s, err := snapshot.Load(context.Background(), src, marsad.PostFilter{Since: mid}, func(n int64) { calls = append(calls, n) })
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, p := range src.Posts {
		if !p.CreatedAt.Before(mid) {
			want++
		}
	}
	if s.NumPosts() != want {
		t.Fatalf("NumPosts = %d, want %d", s.NumPosts(), want)
	}
	if s.Time(0).Before(mid) {
		t.Fatalf("first post %v before --since %v", s.Time(0), mid)
	}
	for p := 1; p < s.NumPosts(); p++ {
		if s.TimeMS[p] < s.TimeMS[p-1] {
			t.Fatalf("posts out of time order at %d", p)
		}
	}
	if len(calls) != want/snapshot.ProgressEvery+1 || calls[len(calls)-1] != int64(want) {
		t.Fatalf("progress calls %v for %d posts", calls, want)
	}
	a, ok := s.Account("0")
	if !ok || !s.Known[a] || s.Followers[a] != 5 || s.FollowersOf.Len(a) != 1 {
		t.Fatalf("account 0 not loaded with its profile and follower")
	}
	// Every repost's reference is either a post in range or an external key.
	for p := 0; p < s.NumPosts(); p++ {
		if s.Kinds[p] == snapshot.KindRepost && s.Ref[p] == snapshot.None {
			t.Fatalf("repost %s lost its reference", s.PostID(uint32(p)))
		}
	}
}

func TestLoadCancel(t *testing.T) {
	src := &snaptest.Source{}
	snaptest.Generate(snaptest.Config{Seed: 2, Posts: 30_000}, func(p *marsad.Post) { src.Posts = append(src.Posts, *p) })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := snapshot.Load(ctx, src, marsad.PostFilter{}, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// cpuTime is the process's user+system CPU time: on a shared machine it
// measures the work where wall time measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoad1M builds a snapshot of 1M generated posts, as Load does from
// a store scan, and reports bytes per post (snapshot columns) and the heap
// growth per post.
func BenchmarkLoad1M(b *testing.B) {
	const n = 1_000_000
	for i := 0; i < b.N; i++ {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start, cpu0 := time.Now(), cpuTime()
		bl := snapshot.NewBuilder()
		snaptest.Generate(snaptest.Config{Seed: 7, Posts: n}, func(p *marsad.Post) { bl.Add(p) })
		s, err := bl.Build()
		if err != nil {
			b.Fatal(err)
		}
		el, cpu := time.Since(start), cpuTime()-cpu0
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(s.Bytes())/n, "bytes/post")
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "heap-bytes/post")
		b.ReportMetric(float64(el.Nanoseconds())/n, "ns/post")
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/post")
		runtime.KeepAlive(s)
	}
}
