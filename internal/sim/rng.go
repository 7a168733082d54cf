package sim

import (
	"hash/fnv"
	"math"
	"math/rand/v2"
	"time"
)

// rng is a seeded random source with the draws the scenario needs. Each
// stage of the scenario gets its own stream (newRNG(seed, "stage")) so that
// changing one stage does not reshuffle the others.
type rng struct {
	*rand.Rand
	shift int // hours added to the daily activity curve
}

func newRNG(seed uint64, stream string) *rng {
	h := fnv.New64a()
	h.Write([]byte(stream))
	return &rng{Rand: rand.New(rand.NewPCG(seed, h.Sum64()))}
}

// pick returns a random element of s (s must not be empty).
func pick[T any](r *rng, s []T) T { return s[r.IntN(len(s))] }

// chance reports true with probability p.
func (r *rng) chance(p float64) bool { return r.Float64() < p }

// between returns an int in [lo, hi].
func (r *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + r.IntN(hi-lo+1)
}

// lognormal returns a duration whose logarithm is normal with the given
// median and sigma (the spread of human reaction times and delays).
func (r *rng) lognormal(median time.Duration, sigma float64) time.Duration {
	return time.Duration(float64(median) * math.Exp(sigma*r.NormFloat64()))
}

// lognormalInt returns a positive integer drawn like lognormal, clamped to
// [lo, hi]: heavy-tailed sizes such as squad sizes or follower counts.
func (r *rng) lognormalInt(median float64, sigma float64, lo, hi int) int {
	v := int(math.Round(median * math.Exp(sigma*r.NormFloat64())))
	return max(lo, min(hi, v))
}

// poisson draws a Poisson count (Knuth for small means, normal otherwise).
func (r *rng) poisson(mean float64) int {
	if mean <= 0 {
		return 0
	}
	if mean > 30 {
		v := int(math.Round(mean + math.Sqrt(mean)*r.NormFloat64()))
		return max(0, v)
	}
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= r.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// sample returns k distinct indices from [0, n) in random order.
func (r *rng) sample(n, k int) []int {
	if k >= n {
		return r.Perm(n)
	}
	if k*4 < n {
		seen := make(map[int]struct{}, k)
		out := make([]int, 0, k)
		for len(out) < k {
			i := r.IntN(n)
			if _, ok := seen[i]; ok {
				continue
			}
			seen[i] = struct{}{}
			out = append(out, i)
		}
		return out
	}
	return r.Perm(n)[:k]
}

// diurnalHour weights the hour of day (UTC) by a daily activity curve for an
// audience around UTC+3: quiet at night, a peak in the evening.
var diurnalHour = [24]float64{
	// 00  01   02   03   04   05   06   07   08   09   10   11
	1.2, 0.8, 0.5, 0.3, 0.3, 0.5, 0.9, 1.3, 1.6, 1.8, 1.9, 2.0,
	// 12  13   14   15   16   17   18   19   20   21   22   23
	2.0, 2.1, 2.3, 2.6, 2.9, 3.1, 3.2, 3.0, 2.6, 2.2, 1.8, 1.5,
}

var diurnalCum = func() [24]float64 {
	var c [24]float64
	s := 0.0
	for i, w := range diurnalHour {
		s += w
		c[i] = s
	}
	return c
}()

// diurnal returns a time on the day starting at day, following diurnalHour.
func (r *rng) diurnal(day time.Time) time.Time {
	x := r.Float64() * diurnalCum[23]
	h := 0
	for diurnalCum[h] < x {
		h++
	}
	h = (h - r.shift + 24) % 24
	return day.Add(time.Duration(h)*time.Hour + time.Duration(r.Int64N(int64(time.Hour))))
}

// within returns a diurnal time in [from, to) (uniform if the span is short).
func (r *rng) within(from, to time.Time) time.Time {
	span := to.Sub(from)
	if span <= 0 {
		return from
	}
	if span < 36*time.Hour {
		return from.Add(time.Duration(r.Int64N(int64(span))))
	}
	for range 8 {
		days := int(span / (24 * time.Hour))
		d := from.Truncate(24 * time.Hour).Add(time.Duration(r.IntN(days+1)) * 24 * time.Hour)
		t := r.diurnal(d)
		if !t.Before(from) && t.Before(to) {
			return t
		}
	}
	return from.Add(time.Duration(r.Int64N(int64(span))))
}

const b62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

// token returns n random base-62 characters (t.co paths, media names).
func (r *rng) token(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = b62[r.IntN(len(b62))]
	}
	return string(b)
}
