package returns

import (
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/textsim"
)

// Feature indices, in the order of the model's weights.
const (
	FHandleSim = iota
	FHandlePattern
	FNameSim
	FBioSim
	FAvatarSim
	FFolloweeJaccard
	FRefollow
	FInteractJaccard
	FStyle
	FHours
	FGap
	FShout
	FAnnounce
	FProfileReturn
	NumFeatures
)

// FeatureNames names the features in explain output and the weight table.
var FeatureNames = [NumFeatures]string{
	"handle_sim", "handle_pattern", "name_sim", "bio_sim", "avatar_sim",
	"followee_jaccard", "refollow", "interact_jaccard", "style_cosine",
	"hours_cosine", "gap", "shout_out", "announces_return", "profile_return",
}

// Features are the explained feature values of one (old, candidate) pair.
// Each is in [0,1] except AvatarSim, in [−1,1]; an unavailable feature
// (no avatars, no follows, no posts) is 0, which adds nothing to the score.
type Features [NumFeatures]float64

// pairInfo is a scored pair with what the evidence text needs.
type pairInfo struct {
	old, cand      uint32
	f              Features
	score          float64
	pattern        string
	oldH, candH    string
	gapMS          int64
	sharedFollowee int
	refollowers    int
	shout          *shoutEvidence
	announce       []uint32
	hasAvatar      bool
}

// computeFeatures fills the features of (old, cand).
func computeFeatures(s *snapshot.Snapshot, t *timeline, sp *suspension, op, cp *profile, cand uint32, sc *shoutScan) pairInfo {
	pi := pairInfo{old: sp.acct, cand: cand}
	f := &pi.f
	f[FHandleSim], pi.pattern, pi.oldH, pi.candH = handleMatch(op, cp)
	f[FHandlePattern] = patternValue[pi.pattern]
	if op.nameKey != "" && cp.nameKey != "" {
		f[FNameSim] = max(textsim.JaroWinkler(op.nameKey, cp.nameKey), textsim.JaroWinkler(op.nameLow, cp.nameLow))
	}
	if op.bio != "" && cp.bio != "" {
		f[FBioSim] = textsim.NGramCosine(op.bio, cp.bio)
	}
	f[FAvatarSim], pi.hasAvatar = avatarSimilarity(op.avatar, cp.avatar)

	oe, ce := s.Follows.Of(sp.acct), s.Follows.Of(cand)
	pi.sharedFollowee = textsim.IntersectCount(oe, ce)
	if u := len(oe) + len(ce) - pi.sharedFollowee; u > 0 {
		f[FFolloweeJaccard] = float64(pi.sharedFollowee) / float64(u)
	}
	of, cf := s.FollowersOf.Of(sp.acct), s.FollowersOf.Of(cand)
	pi.refollowers = textsim.IntersectCount(of, cf)
	if len(cf) > 0 && len(of) > 0 {
		// Share of the new account's followers who followed the old one:
		// a returned account is re-followed by its old audience.
		f[FRefollow] = float64(pi.refollowers) / float64(min(len(cf), len(of)))
	}
	f[FInteractJaccard] = textsim.JaccardSorted(op.interact, cp.interact)
	if op.hasStyle && cp.hasStyle {
		f[FStyle] = op.style.Cosine(&cp.style)
	}
	if op.nposts > 0 && cp.nposts > 0 {
		f[FHours] = hoursCosine(&op.hours, &cp.hours)
	}
	pi.gapMS = max(0, t.first[cand]-sp.lastMS)
	f[FGap] = 1 / (1 + float64(pi.gapMS)/(24*3600*1000))
	if ev := sc.pairs[pairKey{sp.acct, cand}]; ev != nil {
		pi.shout = ev
		f[FShout] = ev.strength
	}
	if a := sc.announce[cand]; len(a) > 0 {
		pi.announce = a
		f[FAnnounce] = 1
	}
	// A return marker the old profile did not have ("| back", "(عودة)").
	f[FProfileReturn] = max(0, cp.marked-op.marked)
	return pi
}

// Corroboration thresholds: a look-alike handle and name are what an
// innocent namesake also has, so a link also needs one signal that only the
// same owner tends to carry — a similar bio or avatar, shared follows or
// followers, the same interaction partners, or a shout-out naming the pair.
const (
	corrBio      = 0.5
	corrAvatar   = 0.5 // 1 − 2·Hamming/bits ≥ 0.5: within a quarter of the bits
	corrFollow   = 0.05
	corrInteract = 0.05
)

// corroborated reports whether the pair has evidence beyond looking alike,
// and names it.
func (pi *pairInfo) corroborated() bool {
	f := &pi.f
	return f[FBioSim] >= corrBio || f[FAvatarSim] >= corrAvatar || f[FFolloweeJaccard] >= corrFollow ||
		f[FRefollow] >= corrFollow || f[FInteractJaccard] >= corrInteract || f[FShout] > 0
}
