package sim

import "strings"

// slots fill the {name} placeholders of a template. A slot is a function so
// that every occurrence draws afresh.
type slots map[string]func() string

// fill replaces each {name} in tpl by its slot; unknown names are kept.
func fill(tpl string, s slots) string {
	if !strings.Contains(tpl, "{") {
		return tpl
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		b.WriteString(tpl[:i])
		name := tpl[i+1 : i+j]
		if f, ok := s[name]; ok {
			b.WriteString(f())
		} else {
			b.WriteString(tpl[i : i+j+1])
		}
		tpl = tpl[i+j+1:]
	}
}

// words returns a slot that picks one of list.
func words(r *rng, list []string) func() string { return func() string { return pick(r, list) } }

// tagify turns a phrase into a hashtag body (spaces → underscores).
func tagify(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), " ", "_") }
