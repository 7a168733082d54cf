package sim

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// buildFollows decides who follows whom. Army accounts follow the
// supervisor, officials, hub leaders and their squad mates; ordinary people
// follow news, friends and influencers; successors re-follow most of what
// their predecessor followed and are re-followed by part of its followers.
func (g *gen) buildFollows() {
	r := g.rng("follows")
	add := func(a, b *account) {
		if a != b {
			a.followees = append(a.followees, int32(b.idx))
		}
	}
	randomOf := func(pool []*account, n int) []*account {
		var out []*account
		for _, i := range r.sample(len(pool), min(n, len(pool))) {
			out = append(out, pool[i])
		}
		return out
	}
	var armyLeaders []*account
	for _, h := range g.hubs {
		if h.army {
			armyLeaders = append(armyLeaders, h.leader)
		}
	}
	for _, a := range g.accs {
		if a.pred != nil {
			continue // successors are handled below
		}
		switch a.role {
		case RoleSupervisor:
			for _, o := range g.officials {
				add(a, o)
			}
		case RoleOfficial:
			add(a, g.supervisor)
			for _, o := range g.officials {
				if r.chance(0.7) {
					add(a, o)
				}
			}
		case RoleOrganizer, RoleSupporter, RoleAmplifier, RoleDisciple, RoleHubLeader:
			if g.supervisor != nil && r.chance(0.8) {
				add(a, g.supervisor)
			}
			for _, o := range g.officials {
				if r.chance(0.5) {
					add(a, o)
				}
			}
			for _, l := range armyLeaders {
				if r.chance(0.3) || (a.hub >= 0 && g.hubs[a.hub].leader == l) {
					add(a, l)
				}
			}
			if a.squad >= 0 {
				for _, m := range g.squads[a.squad] {
					if r.chance(0.9) {
						add(a, m)
					}
				}
			}
			for _, o := range randomOf(g.organizers, r.between(1, 8)) {
				add(a, o)
			}
			for _, s := range randomOf(g.supporters, r.lognormalInt(10, 0.7, 2, 80)) {
				add(a, s)
			}
			for _, n := range randomOf(g.news, r.between(0, 3)) {
				add(a, n)
			}
		case RoleActivist:
			for _, x := range randomOf(g.activists, r.between(10, 40)) {
				add(a, x)
			}
			for _, x := range randomOf(g.news, r.between(3, 10)) {
				add(a, x)
			}
			for _, x := range randomOf(g.ordinary, r.between(5, 30)) {
				add(a, x)
			}
		case RoleNews:
			for _, x := range randomOf(g.news, r.between(2, 8)) {
				add(a, x)
			}
		default: // ordinary, fans, influencers
			for _, x := range randomOf(g.news, r.between(1, 8)) {
				add(a, x)
			}
			n := r.lognormalInt(25, 0.8, 1, 400)
			for range n {
				u := r.Float64()
				add(a, g.ordinary[int(u*u*float64(len(g.ordinary)))]) // some people are popular
			}
			for _, inf := range g.influencers {
				if r.chance(0.15) || (a.hub >= 0 && g.hubs[a.hub].leader == inf) {
					add(a, inf)
				}
			}
			if r.chance(0.1) {
				add(a, pick(r, g.activists))
			}
		}
	}
	// Successors: re-follow, and are re-followed.
	followers := map[*account][]*account{}
	for _, a := range g.accs {
		for _, f := range a.followees {
			if b := g.accs[f]; !b.suspended.IsZero() && b.successor != nil {
				followers[b] = append(followers[b], a)
			}
		}
	}
	for _, s := range g.accs {
		if s.pred == nil {
			continue
		}
		for _, f := range s.pred.followees {
			if r.chance(0.85) {
				s.followees = append(s.followees, f)
			}
		}
		for _, x := range randomOf(g.supporters, r.between(0, 5)) {
			add(s, x)
		}
		for _, x := range followers[s.pred] {
			if x.army() && r.chance(0.55) {
				add(x, s)
			}
		}
	}
	indeg := make([]int, len(g.accs))
	for _, a := range g.accs {
		slices.Sort(a.followees)
		a.followees = slices.Compact(a.followees)
		for _, f := range a.followees {
			indeg[f]++
		}
	}
	for _, a := range g.accs {
		a.followers += indeg[a.idx]
		a.friends = max(a.friends, len(a.followees))
	}
}

// writeFollows writes follows.csv (follower_id,followee_id).
func (g *gen) writeFollows(dir string) error {
	g.buildFollows()
	return writeCSV(filepath.Join(dir, FileFollows), []string{"follower_id", "followee_id"}, func(w *csv.Writer) int {
		n := 0
		for _, a := range g.accs {
			for _, f := range a.followees {
				w.Write([]string{a.idStr, g.accs[f].idStr})
				n++
			}
		}
		g.truth.Counts["follows"] = n
		return n
	})
}

// writeStatus writes status.csv: every suspension, oldest first.
func (g *gen) writeStatus(dir string) error {
	slices.SortStableFunc(g.truth.Suspensions, func(a, b Suspension) int { return a.SuspendedAt.Compare(b.SuspendedAt) })
	type row struct {
		at  time.Time
		rec []string
	}
	var rows []row
	for _, s := range g.truth.Suspensions {
		rows = append(rows, row{s.SuspendedAt, []string{s.Account, s.ScreenName, "suspended", s.SuspendedAt.UTC().Format(time.RFC3339)}})
	}
	for _, rn := range g.truth.Renames {
		rows = append(rows, row{rn.At, []string{rn.Account, rn.NewHandle, "renamed", rn.At.UTC().Format(time.RFC3339)}})
	}
	slices.SortStableFunc(rows, func(a, b row) int { return a.at.Compare(b.at) })
	return writeCSV(filepath.Join(dir, FileStatus), []string{"account_id", "screen_name", "status", "suspended_at"}, func(w *csv.Writer) int {
		for _, r := range rows {
			w.Write(r.rec)
		}
		g.truth.Counts["status_changes"] = len(rows)
		return len(rows)
	})
}

// writeWatchlist writes watchlist.csv (account_id,screen_name,name,photo_hash).
func (g *gen) writeWatchlist(dir string) error {
	return writeCSV(filepath.Join(dir, FileWatchlist), []string{"account_id", "screen_name", "name", "photo_hash"}, func(w *csv.Writer) int {
		n := 0
		for _, a := range g.activists {
			if a.watch {
				w.Write([]string{a.idStr, a.handle, a.name, a.photo.String()})
				n++
			}
		}
		g.truth.Counts["watchlist"] = n
		return n
	})
}

func writeCSV(path string, header []string, rows func(w *csv.Writer) int) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("simulate: %w", err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<16)
	w := csv.NewWriter(bw)
	w.Write(header)
	rows(w)
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("simulate: %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("simulate: %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("simulate: %s: %w", path, err)
	}
	return nil
}
