package sim_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/marsad-project/marsad/internal/sim"
)

// Generate a small scenario, then read its ground truth back as an
// evaluation would.
func ExampleGenerate() {
	dir, _ := os.MkdirTemp("", "scenario")
	defer os.RemoveAll(dir)
	truth, err := sim.Generate(context.Background(), sim.Config{Seed: 1, Scale: 0.02}, dir, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	again, _ := sim.LoadTruth(filepath.Join(dir, sim.FileTruth))
	fmt.Println(len(truth.Roles) == len(again.Roles), len(again.Squads) > 0, len(again.Returns) > 0)
	for _, r := range again.Returns[:1] {
		fmt.Println(sim.IsArmy(again.Roles[r.Successor]) == sim.IsArmy(again.Roles[r.Suspended]), r.CreatedAt.After(r.SuspendedAt))
	}
	// Output:
	// true true true
	// true true
}
