package sim

import (
	"strings"
	"time"
)

var provinceTr = []string{"furat", "badiya", "khair", "baraka", "janub", "shamal", "sahil", "sahra", "dijla", "jazira",
	"rafidain", "atraf", "hudud", "wasat", "gharb", "sharq", "sahl", "jabal", "wadi", "nahrain"}

var outletWords = []namePart{{"الوثبة", []string{"wathba"}}, {"الأفق", []string{"ufuq", "ofoq"}}, {"الرواسي", []string{"rawasi"}},
	{"الصدى", []string{"sada", "sadaa"}}, {"النداء", []string{"nidaa", "nida"}}, {"المشكاة", []string{"mishkat"}},
	{"الظلال", []string{"zilal"}}, {"القبس", []string{"qabas"}}, {"البصيرة", []string{"basira"}}, {"السراج", []string{"siraj"}}}

// populate creates the cast: who exists, with which role, name and profile.
func (g *gen) populate() error {
	r := g.rng("cast")
	cfg := g.cfg
	if !cfg.Control {
		g.populateArmy(r)
	}
	for range jitter(r, cfg.n(220, 12)) {
		g.activists = append(g.activists, g.newAccount(r, RoleActivist, g.created(r, 700, 5000)))
	}
	for _, i := range r.sample(len(g.activists), len(g.activists)*2/5) {
		a := g.activists[i]
		a.watch = true
		if r.chance(0.5) {
			a.photo = a.avatar.near(r, r.between(2, 10))
		} else {
			a.photo = r.newPDQ()
		}
	}
	for range jitter(r, cfg.n(40, 5)) {
		g.news = append(g.news, g.newAccount(r, RoleNews, g.created(r, 2000, 5000)))
	}
	total := cfg.n(20000, 400)
	for len(g.accs) < total {
		g.ordinary = append(g.ordinary, g.newAccount(r, RoleOrdinary, g.created(r, 30, 5000)))
	}
	// Non-army hubs: influencers and their fans (a hub detector should find
	// them; a role or army detector should not flag them).
	for range r.between(1, 3) {
		lead := g.newAccount(r, RoleInfluencer, g.created(r, 1500, 5000))
		lead.verified = true
		lead.followers = r.lognormalInt(200000, 0.7, 20000, 3000000)
		g.influencers = append(g.influencers, lead)
		h := &hub{leader: lead}
		n := min(len(g.ordinary)/5, cfg.n(float64(r.lognormalInt(80, 0.4, 20, 300)), 8))
		for _, i := range r.sample(len(g.ordinary), n) {
			a := g.ordinary[i]
			if a.hub >= 0 {
				continue
			}
			a.hub, a.role = len(g.hubs), RoleFan
			h.members = append(h.members, a)
		}
		g.hubs = append(g.hubs, h)
	}
	for _, a := range g.accs {
		g.mh.Write([]string{a.avatarURL, a.avatar.String()})
	}
	return nil
}

// jitter varies a scaled count by ±15%.
func jitter(r *rng, n int) int {
	return max(1, int(float64(n)*(0.85+0.3*r.Float64())))
}

// created draws an account creation time between minDays and maxDays before
// the window starts.
func (g *gen) created(r *rng, minDays, maxDays int) time.Time {
	d := time.Duration(r.between(minDays, maxDays)) * 24 * time.Hour
	return g.start.Add(-d).Add(time.Duration(r.Int64N(int64(24 * time.Hour))))
}

// newAccount creates an account with a role-typical profile.
func (g *gen) newAccount(r *rng, role string, created time.Time) *account {
	a := &account{idx: len(g.accs), role: role, created: created, squad: -1, hub: -1, prov: -1}
	a.id = g.ids.account(created)
	a.idStr = idStr(a.id)
	a.avatar = r.newPDQ()
	female := r.chance(0.2)
	first := pick(r, maleNames)
	if female {
		first = pick(r, femaleNames)
	}
	switch role {
	case RoleSupporter, RoleOrganizer, RoleHubLeader, RoleAmplifier, RoleDisciple:
		a.arabic = 0.8 + 0.2*r.Float64()
		nis := pick(r, nisbas)
		a.handle = uniqueHandle(r, g.used, func() string {
			h := armyHandle(r, first, nis, female)
			if role == RoleOrganizer && r.chance(0.3) {
				h = casing(r, pick(r, []string{"ansar", "nasir", "haml", "munasir", "jund"}), tr(r, nis)) + digits(r, r.between(0, 2))
			}
			return h
		})
		kunya := "أبو "
		if female {
			kunya = "أم "
		}
		switch r.IntN(4) {
		case 0:
			a.name = kunya + first.ar + " " + nis.ar
		case 1:
			a.name = first.ar + " " + nis.ar
		case 2:
			a.name = kunya + first.ar
		default:
			a.name = tr(r, first) + " " + nis.ar
		}
		a.emoji = pickN(r, armyEmoji, r.between(1, 4))
		if r.chance(0.5) {
			a.name += " " + a.emoji[0]
		}
		if role == RoleHubLeader {
			a.name = pick(r, []string{"الشيخ ", "د. ", "المفكر ", ""}) + first.ar + " " + nis.ar
		}
		a.bio = fill(pick(r, armyBios), slots{"emoji": func() string { return pick(r, a.emoji) },
			"nisba_ar": func() string { return nis.ar }, "n": func() string { return itoa(r.between(2, 9)) }})
		if r.chance(0.5) {
			a.tag = fill(pick(r, mediaTags), slots{"prov": words(r, provinces)})
		}
		a.followers = r.lognormalInt(150, 1.0, 3, 20000)
		if role == RoleOrganizer {
			a.followers = r.lognormalInt(700, 0.8, 50, 30000)
		}
	case RoleActivist, RoleOrdinary, RoleInfluencer:
		english := r.chance(0.25)
		last := pick(r, surnames)
		a.arabic = 0.85
		if english {
			a.arabic = 0.1
		}
		var h string
		a.handle = uniqueHandle(r, g.used, func() string { h = ordinaryHandle(r, first, last, english); return h })
		if english {
			a.name = strings.ToUpper(h[:1]) + strings.Trim(strings.Map(func(c rune) rune {
				if c == '_' || c >= '0' && c <= '9' {
					return ' '
				}
				return c
			}, h[1:]), " ")
		} else if r.chance(0.7) {
			a.name = first.ar + " " + last.ar
		} else {
			a.name = tr(r, first) + " " + tr(r, last)
		}
		a.emoji = pickN(r, emojiOrdinary, r.between(1, 4))
		s := g.publicSlots(r, nil)
		if role == RoleActivist {
			a.bio = fill(pick(r, activistBios), s)
			a.followers = r.lognormalInt(2500, 0.9, 100, 200000)
			a.arabic = 0.7
		} else if english {
			a.bio = fill(pick(r, ordinaryBiosEn), s)
		} else {
			a.bio = fill(pick(r, ordinaryBiosAr), s)
		}
		if role == RoleOrdinary {
			a.followers = r.lognormalInt(180, 1.2, 0, 50000)
		}
		if r.chance(0.3) {
			a.location = pick(r, cities)
		}
	case RoleNews:
		i := r.IntN(len(newsWords))
		c := r.IntN(len(cities))
		a.name = fill(pick(r, newsNamesAr), slots{"city": func() string { return cities[c] }, "word": func() string { return newsWords[i] }})
		a.handle = uniqueHandle(r, g.used, func() string {
			switch r.IntN(4) {
			case 0:
				return casing(r, newsWordsTr[i], "news")
			case 1:
				return casing(r, cityTr[c], "today")
			case 2:
				return newsWordsTr[i] + digits(r, 2)
			}
			return casing(r, "akhbar", cityTr[c])
		})
		a.arabic = 0.85
		a.followers = r.lognormalInt(60000, 1.0, 2000, 5000000)
		a.verified = r.chance(0.6)
		a.bio = "حساب إخباري | " + cities[c]
	}
	a.friends = r.lognormalInt(300, 0.9, 5, 5000)
	a.statuses = r.lognormalInt(2000, 1.2, 10, 300000)
	a.avatarURL = "https://pbs.twimg.com/profile_images/" + idStr(g.ids.at(created.Add(time.Hour))) + "/" + r.token(8) + "_normal.jpg"
	g.accs = append(g.accs, a)
	g.byHandle[strings.ToLower(a.handle)] = a
	return a
}

// setOfficialProfile gives the supervisor (prov < 0) or a provincial
// official its outlet-style name and handle.
func (g *gen) setOfficialProfile(r *rng, a *account, outlet namePart, prov int) {
	delete(g.byHandle, strings.ToLower(a.handle))
	a.arabic = 0.97
	a.emoji = pickN(r, armyEmoji, 2)
	o := tr(r, outlet)
	if prov < 0 {
		a.name = pick(r, []string{"مؤسسة " + outlet.ar + " للإعلام", "مركز " + outlet.ar + " الإعلامي", outlet.ar + " | المركز"})
		a.handle = uniqueHandle(r, g.used, func() string {
			return casing(r, o, pick(r, []string{"media", "center", "markaz", "mu2assasa", "foundation"})) + digits(r, r.between(0, 2))
		})
		a.bio = "الحساب الرسمي — " + outlet.ar
		a.followers = r.lognormalInt(9000, 0.5, 1500, 100000)
	} else {
		a.prov = prov
		p := provinceTr[prov]
		a.name = pick(r, []string{"ولاية " + provinces[prov], "ولاية " + provinces[prov] + " | " + outlet.ar, "المكتب الإعلامي - " + provinces[prov]})
		a.handle = uniqueHandle(r, g.used, func() string {
			return casing(r, pick(r, []string{"wilayat", "wlyt", "wilaya", "w", "maktab"}), p) + digits(r, r.between(0, 3))
		})
		a.bio = "المكتب الإعلامي لولاية " + provinces[prov]
		a.followers = r.lognormalInt(3000, 0.6, 300, 60000)
		a.tag = "ولاية_" + tagify(provinces[prov])
	}
	g.byHandle[strings.ToLower(a.handle)] = a
}

func pickN(r *rng, list []string, n int) []string {
	out := make([]string, 0, n)
	for _, i := range r.sample(len(list), n) {
		out = append(out, list[i])
	}
	return out
}

// populateArmy creates the media army: the supervisor, the provincial
// officials, organisers, supporters in and out of squads, and the army's
// influence hubs with their disciples.
func (g *gen) populateArmy(r *rng) {
	cfg := g.cfg
	// Supervisor and officials.
	outlet := pick(r, outletWords)
	g.supervisor = g.newAccount(r, RoleSupervisor, g.created(r, 60, 400))
	g.setOfficialProfile(r, g.supervisor, outlet, -1)
	nOff := r.between(8, 15)
	for i, p := range r.sample(len(provinces), nOff) {
		_ = i
		a := g.newAccount(r, RoleOfficial, g.created(r, 20, 300))
		g.setOfficialProfile(r, a, outlet, p)
		g.officials = append(g.officials, a)
	}
	for range jitter(r, cfg.n(45, 4)) {
		g.organizers = append(g.organizers, g.newAccount(r, RoleOrganizer, g.created(r, 5, 500)))
	}
	for range jitter(r, cfg.n(3000, 60)) {
		g.supporters = append(g.supporters, g.newAccount(r, RoleSupporter, g.created(r, 3, 900)))
	}
	// Squads: a minority of supporters, in squads of 5–30.
	inSquads := int(float64(len(g.supporters)) * g.p.SquadShare)
	perm := r.Perm(len(g.supporters))
	for k := 0; k < inSquads; {
		size := r.lognormalInt(11, 0.5, 5, 30)
		if k+size > len(perm) {
			break
		}
		var sq []*account
		for _, i := range perm[k : k+size] {
			a := g.supporters[i]
			a.role, a.squad = RoleAmplifier, len(g.squads)
			sq = append(sq, a)
		}
		g.squads = append(g.squads, sq)
		g.squadPace = append(g.squadPace, r.lognormal(g.p.SquadPace, 0.6))
		g.squadJoin = append(g.squadJoin, 0.55+0.4*r.Float64())
		k += size
	}
	// Army hubs: famous pro-army accounts and their disciples.
	for range r.between(3, 6) {
		lead := g.newAccount(r, RoleHubLeader, g.created(r, 100, 1500))
		lead.followers = r.lognormalInt(25000, 0.6, 3000, 300000)
		h := &hub{leader: lead, army: true}
		n := min(len(g.supporters)/4, cfg.n(float64(r.lognormalInt(55, 0.5, 15, 200)), 6))
		for _, i := range r.Perm(len(g.supporters)) {
			a := g.supporters[i]
			if len(h.members) >= n {
				break
			}
			if a.hub >= 0 {
				continue
			}
			a.hub = len(g.hubs)
			if a.role == RoleSupporter {
				a.role = RoleDisciple
			}
			h.members = append(h.members, a)
		}
		g.hubs = append(g.hubs, h)
	}
}
