package returns

// DefaultModel is the committed scoring model. Until the simulator's
// training fit replaces it (go test -run TestFitWeights with
// MARSAD_RETURNS_TRAIN=1, see docs/ANALYSES-returns.md), it is a documented
// weighted rule: no single look-alike signal (handle, name) reaches the
// 0.5 threshold alone; a look-alike handle plus an independent behavioural
// signal (follows, style, interactions) or a shout-out does.
var DefaultModel = Model{
	Bias: -9,
	Weights: [NumFeatures]float64{
		FHandleSim:       2,
		FHandlePattern:   2,
		FNameSim:         2,
		FBioSim:          2,
		FAvatarSim:       3,
		FFolloweeJaccard: 6,
		FRefollow:        4,
		FInteractJaccard: 5,
		FStyle:           1.5,
		FHours:           1,
		FGap:             1,
		FShout:           6,
		FAnnounce:        1,
		FProfileReturn:   1,
	},
}
