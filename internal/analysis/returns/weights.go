package returns

// DefaultModel is the committed scoring model: a logistic model fit with
// FitNonNegative (L2 λ = 1) on every candidate pair of simulator TRAINING
// seeds 1 and 2 at scale 0.5, under all four evidence sets (all; no
// avatars; no follows; neither) so that it holds when evidence is missing;
// pairs of one owner two generations apart (A → A3) were left out as
// neither true nor false. Reproduce with
//
//	MARSAD_RETURNS_TRAIN=1,2 MARSAD_RETURNS_SCALE=0.5 go test -run TestFitWeights -v ./internal/analysis/returns/
//
// The evaluation seed (docs/ANALYSES-returns.md) was never used here.
// These weights were fit before the "prefix plus truncation" handle pattern
// existed; a refit with it (bias −18.4, handle 7.9, pattern 4.4, name 5.0,
// bio 3.5, avatar 4.2, follows 2.9/3.3, gap 1.9, shout 5.4) linked slightly
// fewer training-seed returns without avatars and follows (0.877 vs 0.897 on
// seed 1) and fewer returns of the synthetic benchmark population, so the
// earlier fit was kept (a choice made on training data only).
// Style and posting hours got weight 0: in the training scenario they do
// not separate true successors from other candidates once the other
// features are known; they stay in the explanation output. The handle and
// name weights are large, which is why Analyze also requires corroboration
// (see corroborated): a namesake never links on looks alone.
var DefaultModel = Model{
	Bias: -19.072,
	Weights: [NumFeatures]float64{
		FHandleSim:       8.227,
		FHandlePattern:   4.149,
		FNameSim:         5.779,
		FBioSim:          3.523,
		FAvatarSim:       4.280,
		FFolloweeJaccard: 2.963,
		FRefollow:        3.181,
		FInteractJaccard: 0.315,
		FStyle:           0,
		FHours:           0,
		FGap:             2.015,
		FShout:           5.516,
		FAnnounce:        0,
		FProfileReturn:   0.349,
	},
}
