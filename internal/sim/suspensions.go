package sim

import (
	"strings"
	"time"
)

// planSuspensions decides which army accounts the platform suspends and
// when, which owners come back with a new account (and when), and creates
// the successors, the innocent look-alike accounts and unrelated spam
// suspensions. Activity stages later route a persona's posts to whichever
// of its accounts is alive (gen.live).
func (g *gen) planSuspensions() error {
	r := g.rng("suspensions")
	var pool []*account
	pool = append(pool, g.organizers...)
	pool = append(pool, g.supporters...)
	frac := g.p.SuspendShare
	n := int(float64(len(pool)) * frac)
	if r.chance(0.5) && len(g.officials) > 0 {
		pool = append(pool, pick(r, g.officials)) // an official is hit too, sometimes
	}
	var hit []*account
	for _, i := range r.sample(len(pool), n) {
		hit = append(hit, pool[i])
	}
	for _, a := range hit {
		at := r.within(g.start.Add(24*time.Hour), g.end.Add(-36*time.Hour))
		g.suspendChain(r, a, at, 0)
	}
	// Make sure the scenario has at least one chain A→A2→A3.
	if !g.hasChain() {
		for _, ret := range g.truth.Returns {
			s := g.byID(ret.Successor)
			at := s.created.Add(r.lognormal(2*24*time.Hour, 0.5))
			if s.suspended.IsZero() && at.Before(g.end.Add(-30*time.Hour)) {
				g.suspendChain(r, s, at, 1)
				if g.hasChain() {
					break
				}
			}
		}
	}
	// New recruits: army accounts created during the window that are nobody's
	// successor (a returns detector must not link them).
	for range g.cfg.n(40, 2) {
		if g.cfg.Control {
			break
		}
		created := r.within(g.start.Add(24*time.Hour), g.end.Add(-48*time.Hour))
		a := g.newAccount(r, RoleSupporter, created)
		a.followers = r.lognormalInt(30, 1.0, 0, 1000)
		g.supporters = append(g.supporters, a)
		g.truth.HardNegatives.NewRecruits = append(g.truth.HardNegatives.NewRecruits, a.idStr)
		g.mh.Write([]string{a.avatarURL, a.avatar.String()})
	}
	// Look-alike handles: innocent people whose handle resembles a suspended
	// one, some created after the suspension (the hardest case).
	var suspended []*account
	for _, a := range g.accs {
		if !a.suspended.IsZero() && a.army() {
			suspended = append(suspended, a)
		}
	}
	for _, i := range r.sample(len(suspended), len(suspended)*2/5) {
		old := suspended[i]
		var created time.Time
		if r.chance(0.4) {
			created = old.suspended.Add(r.lognormal(30*time.Hour, 1.0))
			if !created.Before(g.end) {
				created = g.created(r, 30, 3000)
			}
		} else {
			created = g.created(r, 30, 3000)
		}
		la := g.newAccount(r, RoleOrdinary, created)
		g.rehandle(la, uniqueHandle(r, g.used, func() string { return handleVariant(r, old.handle) }))
		la.lookalike = true
		g.ordinary = append(g.ordinary, la)
		g.mh.Write([]string{la.avatarURL, la.avatar.String()})
	}
	g.planRenames(r)
	// Spam suspensions among ordinary accounts: no return, no army.
	for _, i := range r.sample(len(g.ordinary), g.cfg.n(30, 2)) {
		a := g.ordinary[i]
		if a.lookalike || a.role != RoleOrdinary {
			continue
		}
		at := r.within(g.start.Add(12*time.Hour), g.end.Add(-12*time.Hour))
		if at.Before(a.created) {
			continue
		}
		a.suspended, a.susReason = at, "spam"
		g.truth.HardNegatives.SpamSuspensions = append(g.truth.HardNegatives.SpamSuspensions, a.idStr)
		g.recordSuspension(a)
	}
	return nil
}

// suspendChain suspends a at time at and, most of the time, brings its owner
// back with a successor, which may itself be suspended later (A→A2→A3).
func (g *gen) suspendChain(r *rng, a *account, at time.Time, depth int) {
	if !at.After(a.created) || !at.Before(g.end) {
		return
	}
	a.suspended = at
	if a.susReason == "" {
		a.susReason = "army"
	}
	g.recordSuspension(a)
	if !r.chance(g.p.ReturnRate) || depth > 2 {
		return
	}
	back := at.Add(r.lognormal(g.p.ReturnLag, 1.0))
	if back.After(g.end.Add(-6 * time.Hour)) {
		return
	}
	s := g.successor(r, a, back)
	g.truth.Returns = append(g.truth.Returns, Return{Suspended: a.idStr, Successor: s.idStr, SuspendedAt: at, CreatedAt: s.created})
	if r.chance(0.22) {
		g.suspendChain(r, s, back.Add(r.lognormal(4*24*time.Hour, 0.5)), depth+1)
	}
}

func (g *gen) recordSuspension(a *account) {
	g.truth.Suspensions = append(g.truth.Suspensions, Suspension{Account: a.idStr, ScreenName: a.handle, SuspendedAt: a.suspended, Reason: a.susReason})
}

// successor creates the account a's owner returns with: a varied handle,
// a similar name, bio and avatar, the same habits and memberships.
func (g *gen) successor(r *rng, a *account, created time.Time) *account {
	s := &account{}
	*s = *a
	s.idx = len(g.accs)
	s.created = created
	s.id = g.ids.account(created)
	s.idStr = idStr(s.id)
	s.suspended, s.susReason, s.successor = time.Time{}, "", nil
	s.pred = a
	s.followees = nil
	s.watch = false
	root := a
	for root.pred != nil {
		root = root.pred
	}
	base := a.handle
	if r.chance(0.3) {
		base = root.handle
	}
	s.handle = uniqueHandle(r, g.used, func() string { return handleVariant(r, base) })
	s.name = nameVariant(r, a.name, a.emoji)
	if r.chance(0.12) { // a fresh handle (and sometimes name): only behaviour gives it away
		s.handle = uniqueHandle(r, g.used, func() string { return armyHandle(r, pick(r, maleNames), pick(r, nisbas), false) })
		if r.chance(0.5) {
			s.name = pick(r, []string{"أبو ", "", "ابن "}) + pick(r, maleNames).ar + " " + pick(r, nisbas).ar
		}
	}
	s.bio = bioVariant(r, a.bio, a.emoji)
	s.avatar = a.avatar.near(r, r.between(0, 18))
	if r.chance(0.15) {
		s.avatar = r.newPDQ() // some returners change their picture
	}
	s.avatarURL = "https://pbs.twimg.com/profile_images/" + idStr(g.ids.at(created.Add(time.Minute))) + "/" + r.token(8) + "_normal.jpg"
	s.followers = r.lognormalInt(40, 1.0, 0, 2000)
	s.friends = r.lognormalInt(120, 0.8, 5, 2000)
	s.statuses = r.lognormalInt(30, 1.0, 1, 2000)
	a.successor = s
	g.accs = append(g.accs, s)
	g.byHandle[strings.ToLower(s.handle)] = s
	g.mh.Write([]string{s.avatarURL, s.avatar.String()})
	return s
}

func (g *gen) rehandle(a *account, h string) {
	delete(g.byHandle, strings.ToLower(a.handle))
	delete(g.used, strings.ToLower(a.handle))
	a.handle = h
	g.byHandle[strings.ToLower(h)] = a
}

// nameVariant is the display name a returning user picks: the same name
// with a number, an emoji, a marker word, or small spelling changes.
func nameVariant(r *rng, name string, emoji []string) string {
	switch r.IntN(7) {
	case 0:
		return name + " " + string(arabicIndic[r.between(2, 9)])
	case 1:
		return name + " " + itoa(r.between(2, 5))
	case 2:
		if len(emoji) > 0 {
			return pick(r, emoji) + " " + strings.TrimSpace(strings.TrimSuffix(name, emoji[0]))
		}
		return name + " ✅"
	case 3:
		return name + pick(r, []string{" (عودة)", " | عاد", " - الجديد", " (new)", " رجع"})
	case 4:
		return noise(r, name, 0.8)
	case 5:
		return name
	default:
		return strings.ReplaceAll(name, "أبو", pick(r, []string{"ابو", "أبو", "ابـو"}))
	}
}

// bioVariant edits a bio the way returning users do.
func bioVariant(r *rng, bio string, emoji []string) string {
	switch r.IntN(5) {
	case 0:
		return bio
	case 1:
		return noise(r, bio, 0.7)
	case 2:
		return strings.TrimSpace(bio + " " + pick(r, []string{"الحساب " + itoa(r.between(2, 9)), "عدنا", "back", "🔁", "بعد الإغلاق"}))
	case 3:
		if len(emoji) > 0 {
			return strings.TrimSpace(pick(r, emoji) + " " + bio)
		}
		return bio
	}
	return strings.TrimSpace(bio + " " + pick(r, []string{"الحساب القديم أغلق", "old acc suspended", ""}))
}

func (g *gen) hasChain() bool {
	for _, ret := range g.truth.Returns {
		if s := g.byID(ret.Successor); s != nil && s.successor != nil {
			return true
		}
	}
	return false
}

// byID finds an account by id (linear; only for rare lookups).
func (g *gen) byID(id string) *account {
	for i := len(g.accs) - 1; i >= 0; i-- {
		if g.accs[i].idStr == id {
			return g.accs[i]
		}
	}
	return nil
}

// planRenames picks accounts that change their handle (and sometimes their
// display name) during the window while keeping their id: army accounts
// evading attention and ordinary people. Suspended accounts are left alone.
func (g *gen) planRenames(r *rng) {
	var pool []*account
	for _, a := range g.accs {
		if a.suspended.IsZero() && !a.lookalike && a.pred == nil && a.successor == nil && (a.role == RoleSupporter || a.role == RoleAmplifier || a.role == RoleOrganizer ||
			a.role == RoleDisciple || a.role == RoleOrdinary) {
			pool = append(pool, a)
		}
	}
	for _, i := range r.sample(len(pool), max(2, len(pool)/60)) {
		a := pool[i]
		from := maxTime(a.created, g.start).Add(24 * time.Hour)
		if !from.Before(g.end.Add(-24 * time.Hour)) {
			continue
		}
		at := r.within(from, g.end.Add(-24*time.Hour))
		a.oldHandle, a.oldName, a.renamedAt = a.handle, a.name, at
		var h string
		if a.army() {
			h = uniqueHandle(r, g.used, func() string { return handleVariant(r, a.oldHandle) })
			if r.chance(0.4) {
				a.name = nameVariant(r, a.name, a.emoji)
			}
		} else {
			h = uniqueHandle(r, g.used, func() string {
				return ordinaryHandle(r, pick(r, maleNames), pick(r, surnames), r.chance(0.3))
			})
		}
		a.handle = h
		g.byHandle[strings.ToLower(h)] = a // the old handle still resolves to a as well
		g.truth.Renames = append(g.truth.Renames, Rename{Account: a.idStr, OldHandle: a.oldHandle, NewHandle: h, At: at})
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
