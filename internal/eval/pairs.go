package eval

// pairKey is an unordered pair of account ids.
type pairKey struct{ a, b string }

func mkPair(a, b string) pairKey {
	if a > b {
		a, b = b, a
	}
	return pairKey{a, b}
}

// clusterPairs returns every unordered pair of members within each cluster,
// restricted to ids for which keep returns true (nil keeps all).
func clusterPairs(clusters [][]string, keep func(string) bool) map[pairKey]bool {
	out := map[pairKey]bool{}
	for _, c := range clusters {
		var ms []string
		for _, m := range c {
			if keep == nil || keep(m) {
				ms = append(ms, m)
			}
		}
		for i := 0; i < len(ms); i++ {
			for j := i + 1; j < len(ms); j++ {
				if ms[i] != ms[j] {
					out[mkPair(ms[i], ms[j])] = true
				}
			}
		}
	}
	return out
}

// pairScore compares predicted co-membership pairs with true ones.
func pairScore(pred, truth map[pairKey]bool) Score {
	var s Score
	for p := range pred {
		if truth[p] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for p := range truth {
		if !pred[p] {
			s.FN++
		}
	}
	return s
}
