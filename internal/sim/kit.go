package sim

import (
	"strings"
	"time"
)

// kit fills templates for one stage. Its slots read the mutable fields (the
// current target, speaker, time) so that one slot table serves every post.
type kit struct {
	r        *rng
	g        *gen
	t, t2    *account // target(s) of @{t}, @{t2}
	speaker  *account
	prov     int
	ctag     string
	old, new *account
	at       time.Time
	s        slots
}

func (g *gen) newKit(r *rng) *kit {
	k := &kit{r: r, g: g, prov: -1}
	handle := func(a *account) string {
		if a == nil {
			return "someone"
		}
		return a.handleAt(k.at)
	}
	emoji := func() string {
		if k.speaker != nil && len(k.speaker.emoji) > 0 && r.chance(0.7) {
			return pick(r, k.speaker.emoji)
		}
		return pick(r, armyEmoji)
	}
	prov := func() string {
		if k.prov >= 0 {
			return provinces[k.prov]
		}
		return pick(r, provinces)
	}
	title := func() string { return pick(r, releaseNouns) + " " + pick(r, releaseCompl) }
	k.s = slots{
		"t":     func() string { return handle(k.t) },
		"t2":    func() string { return handle(k.t2) },
		"old":   func() string { return handle(k.old) },
		"new":   func() string { return handle(k.new) },
		"name":  func() string { return k.t.nameAt(k.at) },
		"emoji": emoji,
		"emoji_o": func() string {
			if k.speaker != nil && len(k.speaker.emoji) > 0 {
				return pick(r, k.speaker.emoji)
			}
			return pick(r, emojiOrdinary)
		},
		"prov":     prov,
		"prov_tag": func() string { return "ولاية_" + tagify(prov()) },
		"kind": func() string {
			return fill(pick(r, releaseKinds), slots{"n": func() string { return itoa(r.between(100, 480)) }})
		},
		"title":        title,
		"media_tag":    func() string { return fill(pick(r, mediaTags), slots{"prov": func() string { return tagify(prov()) }}) },
		"date":         func() string { return k.at.Format("2006/01/02") },
		"ansar":        words(r, ansar),
		"ansar_plain":  func() string { return strings.TrimPrefix(pick(r, ansar), "يا ") },
		"call_tag":     words(r, callTags),
		"reason":       words(r, reasons),
		"reason_en":    words(r, reasonsEn),
		"insult":       words(r, insults),
		"insult_en":    words(r, insultsEn),
		"curse":        words(r, curses),
		"street":       words(r, streets),
		"street_en":    words(r, streetsEn),
		"city":         words(r, cities),
		"city_en":      words(r, citiesEn),
		"workplace":    words(r, workplaces),
		"workplace_en": words(r, workplacesEn),
		"hostile":      words(r, hostileAr),
		"hostile_en":   words(r, hostileEn),
		"phone":        func() string { return phone(r) },
		"place":        words(r, places),
		"place_en":     words(r, placesEn),
		"weather":      words(r, weather),
		"weather_en":   words(r, weatherEn),
		"food":         words(r, foods),
		"food_en":      words(r, foodsEn),
		"price":        words(r, prices),
		"price_en":     words(r, pricesEn),
		"currency":     words(r, currencies),
		"series":       words(r, series),
		"brand":        words(r, brands),
		"team":         words(r, teams),
		"team2":        words(r, teams),
		"book":         words(r, books),
		"match_adj":    words(r, matchAdj),
		"facility":     words(r, facilities),
		"facility_en":  words(r, facilitiesEn),
		"ministry":     words(r, ministries),
		"policy":       words(r, policies),
		"policy_en":    words(r, policiesEn),
		"celeb":        words(r, celebs),
		"act_tag":      words(r, activistTags),
		"hobby":        words(r, hobbyWords),
		"hobby_ar":     words(r, hobbiesAr),
		"ctag":         func() string { return k.ctag },
		"n":            func() string { return itoa(r.lognormalInt(12, 0.8, 2, 900)) },
		"link":         func() string { return g.link(r, k.at) },
	}
	return k
}

// fill fills tpl with the kit's slots.
func (k *kit) fill(tpl string) string { return fill(tpl, k.s) }

// publicSlots returns slots for profile text (bios) outside a stage.
func (g *gen) publicSlots(r *rng, _ *account) slots { return g.newKit(r).s }

// phone invents a phone number, sometimes in Arabic-Indic digits.
func phone(r *rng) string {
	p := pick(r, []string{"+962 7", "+961 3", "+90 5", "+964 7", "+216 9", "+49 15", "07", "05"}) + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 4)
	if r.chance(0.3) {
		rs := []rune(p)
		for i, c := range rs {
			if c >= '0' && c <= '9' {
				rs[i] = arabicIndic[c-'0']
			}
		}
		p = string(rs)
	}
	return p
}

// chatter is an everyday post by a: a template, sometimes wrapped in an
// opener and a closer, in a's usual language.
func (k *kit) chatter(a *account) string {
	r := k.r
	ar := r.chance(a.arabic)
	var s string
	switch {
	case ar && r.chance(0.45):
		s = k.fill(pick(r, moreChatterAr))
	case ar:
		s = k.fill(pick(r, chatterAr))
	case r.chance(0.4):
		s = k.fill(pick(r, moreChatterEn))
	default:
		s = k.fill(pick(r, chatterEn))
	}
	if r.chance(0.35) {
		if ar {
			s = pick(r, chatterOpenersAr) + " " + s
		} else {
			s = pick(r, chatterOpenersEn) + " " + s
		}
	}
	if r.chance(0.3) {
		if ar {
			s += " " + pick(r, chatterClosersAr)
		} else {
			s += " " + pick(r, chatterClosersEn)
		}
	}
	if ar && r.chance(0.15) {
		s = noise(r, s, 0.3) // everyday spelling variation too
	}
	return s
}
