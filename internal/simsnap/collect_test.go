package simsnap

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/internal/sim"
)

func TestCollectKeepsFileOrderAndAppliesHashes(t *testing.T) {
	dir, truth := ScenarioDir(t, 11, 0.02)
	ctx := context.Background()
	both, err := Collect(ctx, dir, sim.FileWatchlist, sim.FileTweets, sim.FileTwarc2)
	if err != nil {
		t.Fatal(err)
	}
	tweets, err := Collect(ctx, dir, sim.FileTweets)
	if err != nil {
		t.Fatal(err)
	}
	if len(tweets.Posts) == 0 || len(tweets.Watchlist) != 0 {
		t.Fatalf("tweets file alone: %d posts, %d watchlist entries; want posts only", len(tweets.Posts), len(tweets.Watchlist))
	}
	for i, p := range tweets.Posts {
		if both.Posts[i].ID != p.ID {
			t.Fatalf("post %d is %s, want %s: the tweets file was named before twarc2", i, both.Posts[i].ID, p.ID)
		}
	}
	ids := map[string]bool{}
	hashed := 0
	for _, p := range both.Posts {
		ids[p.ID] = true
		for _, m := range p.Media {
			if m.PDQ != "" || m.PHash != "" {
				hashed++
			}
		}
	}
	if got, want := len(ids), truth.Counts["posts"]; got != want {
		t.Errorf("%d distinct posts, truth says %d were written", got, want)
	}
	if hashed == 0 {
		t.Error("no media hash was applied from media_hashes.csv")
	}
	if len(both.Watchlist) == 0 {
		t.Error("no watchlist entry collected")
	}
}

func TestScenarioDirCacheReplacesInterruptedGeneration(t *testing.T) {
	base := t.TempDir()
	t.Setenv(CacheEnv, base)
	stale := filepath.Join(base, "seed11-scale0.02")
	if err := os.MkdirAll(stale, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stale, sim.FileTweets), []byte("{truncated"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir, truth := ScenarioDir(t, 11, 0.02)
	if dir != stale {
		t.Fatalf("cached in %s, want %s", dir, stale)
	}
	again, _ := ScenarioDir(t, 11, 0.02)
	if again != dir {
		t.Fatalf("second call used %s, want the cached %s", again, dir)
	}
	s, err := Build(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.NumPosts(), truth.Counts["posts"]; got != want {
		t.Errorf("rebuilt cache has %d posts, truth says %d", got, want)
	}
	entries, err := os.ReadDir(base)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Errorf("cache holds %d entries, want only the scenario (no temporary directory left)", len(entries))
	}
}
