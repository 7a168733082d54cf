// Command coordbench generates synthetic posts and times the coordination
// analysis on them without a database, for bench/coordination.sh:
//
//	coordbench gen -posts N -csv data.csv     write the posts in the toolkit's CSV input
//	coordbench run -posts N [-cnt-out DIR]    build the snapshot, run Detect and the
//	                                          toolkit-compatible networks, print timings
//	coordbench compare A.csv B.csv            compare two toolkit edge lists
//	                                          (source,target,weight,edge_type)
//
// The same -posts/-seed give the same posts in gen and run.
package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: coordbench gen|run|compare …")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		err = gen(os.Args[2:])
	case "run":
		err = run(os.Args[2:])
	case "compare":
		err = compare(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "coordbench:", err)
		os.Exit(1)
	}
}

func config(fs *flag.FlagSet, args []string) (snaptest.Config, error) {
	posts := fs.Int("posts", 100_000, "number of posts")
	seed := fs.Uint64("seed", 1, "generator seed")
	if err := fs.Parse(args); err != nil {
		return snaptest.Config{}, err
	}
	return snaptest.Config{Seed: *seed, Posts: *posts, Squads: max(*posts/50_000, 2), SquadSize: 12, SquadEvery: 200}, nil
}

func gen(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ExitOnError)
	out := fs.String("csv", "data.csv", "output file (toolkit CSV input)")
	cfg, err := config(fs, args)
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	w := csv.NewWriter(f)
	_ = w.Write([]string{"message_id", "user_id", "username", "repost_id", "reply_id", "message", "timestamp", "urls"})
	snaptest.Generate(cfg, func(p *marsad.Post) {
		var urls []string
		if p.Kind != marsad.PostRepost {
			for _, u := range p.URLs {
				urls = append(urls, u.Given)
			}
		}
		_ = w.Write([]string{p.ID, p.AccountID, p.AccountHandle, p.RepostOfPostID, p.ReplyToPostID, p.Text,
			strconv.FormatInt(p.CreatedAt.Unix(), 10), strings.Join(urls, " ")})
	})
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return f.Close()
}

func run(args []string) error {
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	cntOut := fs.String("cnt-out", "", "write the toolkit-compatible networks here (one CSV per network)")
	window := fs.Duration("window", 60*time.Second, "co-action window")
	cfg, err := config(fs, args)
	if err != nil {
		return err
	}
	start, cpu0 := time.Now(), cpuTime()
	b := snapshot.NewBuilder()
	snaptest.Generate(cfg, func(p *marsad.Post) { b.Add(p) })
	s, err := b.Build()
	if err != nil {
		return err
	}
	tBuild := time.Since(start)
	runtime.GC()
	cpuBuild := cpuTime() - cpu0
	fmt.Printf("posts=%d accounts=%d snapshot_bytes_per_post=%.0f generate+build=%v cpu=%v\n",
		s.NumPosts(), s.NumAccounts(), float64(s.Bytes())/float64(max(s.NumPosts(), 1)), tBuild.Round(time.Millisecond), cpuBuild.Round(time.Millisecond))

	start, cpu0 = time.Now(), cpuTime()
	r, err := coordination.Detect(context.Background(), s, coordination.Options{Window: *window})
	if err != nil {
		return err
	}
	tDetect := time.Since(start)
	for _, st := range r.Stats {
		fmt.Println("  ", st)
	}
	fmt.Printf("detect=%v cpu=%v groups=%d edges=%d\n", tDetect.Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), len(r.Groups), len(r.Edges))

	start, cpu0 = time.Now(), cpuTime()
	edges, err := coordination.CNT(s, coordination.CNTOptions{Window: *window, MinWeight: 1})
	if err != nil {
		return err
	}
	fmt.Printf("cnt_compatible=%v cpu=%v edges=%d\n", time.Since(start).Round(time.Millisecond), (cpuTime() - cpu0).Round(time.Millisecond), len(edges))
	stopProfile()
	if *cntOut != "" {
		return writeCNT(s, edges, *cntOut)
	}
	return nil
}

// cpuTime is the process's user+system CPU time so far: on a shared
// machine it measures the work, where wall time measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// writeCNT writes one CSV per network in the toolkit's export columns.
func writeCNT(s *snapshot.Snapshot, edges []coordination.DirectedEdge, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[coordination.Behaviour]*csv.Writer{}
	var closers []*os.File
	for _, e := range edges {
		w, ok := files[e.Behaviour]
		if !ok {
			name := strings.ReplaceAll(string(e.Behaviour), "-", "_")
			f, err := os.Create(filepath.Join(dir, name+".csv"))
			if err != nil {
				return err
			}
			closers = append(closers, f)
			w = csv.NewWriter(f)
			_ = w.Write([]string{"source", "target", "weight", "edge_type"})
			files[e.Behaviour] = w
		}
		_ = w.Write([]string{s.AccountIDs[e.User1], s.AccountIDs[e.User2], strconv.Itoa(e.Weight), strings.ReplaceAll(string(e.Behaviour), "-", "_")})
	}
	for _, w := range files {
		w.Flush()
	}
	for _, f := range closers {
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// compare prints whether two edge lists hold the same (source, target,
// weight) triples, ignoring order, quoting and loops.
func compare(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("compare needs two CSV files")
	}
	read := func(path string) (map[string]bool, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		set := map[string]bool{}
		for i, r := range rows {
			if i == 0 || len(r) < 3 || r[0] == r[1] {
				continue
			}
			w := r[2]
			if x, err := strconv.ParseFloat(w, 64); err == nil {
				w = strconv.FormatFloat(x, 'f', -1, 64)
			}
			set[r[0]+"\t"+r[1]+"\t"+w] = true
		}
		return set, nil
	}
	a, err := read(args[0])
	if err != nil {
		return err
	}
	b, err := read(args[1])
	if err != nil {
		return err
	}
	onlyA, onlyB := 0, 0
	for k := range a {
		if !b[k] {
			onlyA++
		}
	}
	for k := range b {
		if !a[k] {
			onlyB++
		}
	}
	verdict := "AGREE"
	if onlyA+onlyB > 0 {
		verdict = "DIFFER"
	}
	fmt.Printf("%s: %d vs %d edges, %d only in %s, %d only in %s\n", verdict, len(a), len(b), onlyA, args[0], onlyB, args[1])
	if verdict == "DIFFER" {
		os.Exit(3)
	}
	return nil
}
