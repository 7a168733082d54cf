package simsnap

import "testing"

func TestScenarioSnapshotMatchesTruth(t *testing.T) {
	s, truth := Scenario(t, 11, 0.05, Options{})
	if got, want := s.NumPosts(), truth.Counts["posts"]; got != want {
		t.Fatalf("snapshot has %d posts, truth says %d were written", got, want)
	}
	for id := range truth.Roles {
		if _, ok := s.Account(id); !ok {
			t.Fatalf("account %s of the truth is not in the snapshot", id)
		}
	}
	hashed := 0
	for _, h := range s.AvatarHashes {
		if h != "" {
			hashed++
		}
	}
	if hashed == 0 {
		t.Fatal("no avatar hash was applied from media_hashes.csv")
	}
}
