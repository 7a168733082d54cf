package sim

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Output file names inside the output directory.
const (
	FileTweets      = "tweets.jsonl"
	FileTwarc2      = "twarc2.jsonl"
	FileFollows     = "follows.csv"
	FileStatus      = "status.csv"
	FileWatchlist   = "watchlist.csv"
	FileMediaHashes = "media_hashes.csv"
	FileTruth       = "truth.json"
)

// Progress receives the current stage and how far it is (done of total;
// total is 0 when unknown). It may be nil.
type Progress func(stage string, done, total int)

// gen is one scenario being written.
type gen struct {
	ctx      context.Context
	cfg      Config
	p        Params
	start    time.Time
	end      time.Time
	ids      idGen
	used     handles
	byHandle map[string]*account
	accs     []*account

	supervisor  *account
	officials   []*account
	organizers  []*account
	supporters  []*account // organic supporters and squad members and army disciples
	activists   []*account
	news        []*account
	ordinary    []*account
	influencers []*account
	squads      [][]*account
	squadPace   []time.Duration // each squad's median delay inside a burst
	squadJoin   []float64       // each squad's probability that a member joins a burst
	hubs        []*hub
	campaigns   []*plannedCampaign
	counter     *plannedCounter
	// counterExtra are posts of campaigns against the counter-campaign's
	// leaders, already written, that the counter-campaign's truth counts.
	counterExtra []*post

	v1       *v1Writer
	tw       *twarcWriter
	mh       *csv.Writer
	truth    *Truth
	posts    int
	progress Progress
	oldMedia []oldMedia // earlier releases' photos, recycled by later ones
}

type oldMedia struct {
	hash pdq
	post uint64
	at   time.Time
}

type hub struct {
	leader  *account
	members []*account
	army    bool
}

// Generate writes the scenario chosen by cfg into outDir (created if
// needed) and returns its ground truth, which it also writes to truth.json.
// Output is byte-identical for equal configs. Generate streams posts to
// disk; memory grows with the number of accounts, not posts.
func Generate(ctx context.Context, cfg Config, outDir string, progress Progress) (*Truth, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	if progress == nil {
		progress = func(string, int, int) {}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	g := &gen{
		ctx: ctx, cfg: cfg, p: drawParams(cfg.Seed), start: cfg.Start, end: cfg.end(),
		used: handles{}, byHandle: map[string]*account{}, progress: progress,
		truth: &Truth{Seed: cfg.Seed, Scale: cfg.Scale, Start: cfg.Start, End: cfg.end(),
			Counts: map[string]int{}, Roles: map[string]string{}, Targets: map[string]string{}},
	}
	files := map[string]*os.File{}
	open := func(name string) (*os.File, error) {
		f, err := os.Create(filepath.Join(outDir, name))
		if err != nil {
			return nil, fmt.Errorf("simulate: %w", err)
		}
		files[name] = f
		return f, nil
	}
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	for _, name := range []string{FileTweets, FileTwarc2, FileMediaHashes} {
		if _, err := open(name); err != nil {
			return nil, err
		}
	}
	g.v1 = newV1Writer(files[FileTweets])
	g.tw = newTwarcWriter(files[FileTwarc2])
	mhBuf := bufio.NewWriterSize(files[FileMediaHashes], 1<<16)
	g.mh = csv.NewWriter(mhBuf)
	g.mh.Write([]string{"media_url", "hash"})

	steps := []struct {
		name string
		run  func() error
	}{
		{"cast", g.populate},
		{"suspensions", g.planSuspensions},
		{"campaign plans", g.planCampaigns},
		{"follows", func() error { return g.writeFollows(outDir) }},
		{"releases", g.releases},
		{"squad posts", g.squadTalkingPoints},
		{"hubs", g.hubActivity},
		{"campaigns", g.runCampaigns},
		{"calls", g.minorCalls},
		{"threats", g.standaloneThreats},
		{"returns", g.announceReturns},
		{"supporters", g.supporterPosts},
		{"activists", g.activistPosts},
		{"benign photos", g.benignPhotos},
		{"news", g.newsPosts},
		{"hard negatives", g.violentWordsNegatives},
		{"viral posts", g.viralStorms},
		{"heated threads", g.heatedThreads},
		{"organic copies", g.organicCopies},
		{"counter-campaign", g.counterCampaign},
		{"chatter", g.chatter},
	}
	for _, s := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		progress(s.name, 0, 0)
		before := g.posts
		if err := s.run(); err != nil {
			return nil, fmt.Errorf("simulate %s: %w", s.name, err)
		}
		if g.posts > before {
			g.truth.Counts["posts_stage_"+strings.ReplaceAll(s.name, " ", "_")] = g.posts - before
		}
	}
	if err := g.tw.lookupUsers(g); err != nil {
		return nil, fmt.Errorf("simulate: %w", err)
	}
	if err := g.writeStatus(outDir); err != nil {
		return nil, err
	}
	if err := g.writeWatchlist(outDir); err != nil {
		return nil, err
	}
	for _, err := range []error{g.v1.flush(), g.tw.flush(), flushCSV(g.mh), mhBuf.Flush()} {
		if err != nil {
			return nil, fmt.Errorf("simulate: %w", err)
		}
	}
	for name, f := range files {
		if err := f.Close(); err != nil {
			return nil, fmt.Errorf("simulate: close %s: %w", name, err)
		}
		delete(files, name)
	}
	g.truth.Params = g.p
	g.finishTruth()
	if err := writeTruth(filepath.Join(outDir, FileTruth), g.truth); err != nil {
		return nil, err
	}
	progress("done", 1, 1)
	return g.truth, nil
}

func flushCSV(w *csv.Writer) error { w.Flush(); return w.Error() }

func writeTruth(path string, t *Truth) error {
	b, err := json.MarshalIndent(t, "", " ")
	if err != nil {
		return fmt.Errorf("simulate: truth: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("simulate: %w", err)
	}
	return nil
}

// finishTruth fills roles and counts and sorts lists that were built in
// generation order into a stable, documented order.
func (g *gen) finishTruth() {
	t := g.truth
	for _, a := range g.accs {
		t.Roles[a.idStr] = a.role
		if a.watch {
			t.Watchlist = append(t.Watchlist, a.idStr)
		}
		if a.lookalike {
			t.HardNegatives.LookalikeAccounts = append(t.HardNegatives.LookalikeAccounts, a.idStr)
		}
	}
	for _, sq := range g.squads {
		var ids []string
		for _, a := range sq {
			for p := a; p != nil; p = p.successor {
				ids = append(ids, p.idStr)
			}
		}
		t.Squads = append(t.Squads, ids)
	}
	for _, h := range g.hubs {
		th := Hub{Leader: h.leader.idStr, Army: h.army}
		for _, a := range h.members {
			for p := a; p != nil; p = p.successor {
				th.Members = append(th.Members, p.idStr)
			}
		}
		t.Hubs = append(t.Hubs, th)
	}
	slices.SortFunc(t.Suspensions, func(a, b Suspension) int { return a.SuspendedAt.Compare(b.SuspendedAt) })
	slices.SortFunc(t.Returns, func(a, b Return) int { return a.SuspendedAt.Compare(b.SuspendedAt) })
	slices.SortFunc(t.Campaigns, func(a, b Campaign) int { return a.Start.Compare(b.Start) })
	t.Counts["accounts"] = len(g.accs)
	t.Counts["posts"] = g.posts
	t.Counts["posts_tweet_v1"] = g.v1.n
	t.Counts["posts_twarc2"] = g.tw.n
	slices.SortFunc(t.Renames, func(a, b Rename) int { return a.At.Compare(b.At) })
	if t.Renames == nil {
		t.Renames = []Rename{}
	}
	if t.RecycledMedia == nil {
		t.RecycledMedia = []RecycledMedia{}
	}
	for _, l := range []*[]string{&t.Watchlist, &t.ThreatPosts, &t.CallPosts, &t.DoxxPosts, &t.Releases, &t.HardNegatives.ViralPosts,
		&t.HardNegatives.ViolentNewsPosts, &t.HardNegatives.LookalikeAccounts, &t.HardNegatives.SpamSuspensions,
		&t.HardNegatives.NewRecruits, &t.HardNegatives.BenignPhotoPosts, &t.HardNegatives.CriticalQuotes,
		&t.HardNegatives.GreetingPosts, &t.HardNegatives.SharedLinks} {
		if *l == nil {
			*l = []string{}
		}
	}
}
