package textsim

// JaccardSorted returns |a∩b| / |a∪b| for two ascending, duplicate-free id
// lists, in O(len(a)+len(b)). Two empty sets score 0.
func JaccardSorted(a, b []uint32) float64 {
	inter := IntersectCount(a, b)
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// IntersectCount returns |a∩b| for two ascending, duplicate-free lists.
func IntersectCount(a, b []uint32) int {
	i, j, n := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Containment returns |a∩b| / min(|a|,|b|): how much of the smaller set the
// larger one covers (a returned account rebuilds only part of its follows).
func Containment(a, b []uint32) float64 {
	m := min(len(a), len(b))
	if m == 0 {
		return 0
	}
	return float64(IntersectCount(a, b)) / float64(m)
}
