package hubs

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/marsad-project/marsad/internal/simsnap"
)

func TestProfScale1(t *testing.T) {
	dir := os.Getenv("HUBS_PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	s, err := simsnap.Build(context.Background(), dir, simsnap.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	r := Detect(s, Options{Weights: Weights{Repost: 1, Quote: 1, Reply: 0.5, Mention: 0.5}})
	t.Logf("detect %v hubs=%d comms=%d nodes=%d edges=%d", time.Since(t0), len(r.Hubs), r.Communities, r.Nodes, r.Edges)
}
