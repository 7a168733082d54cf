package roles

import (
	"time"

	"github.com/marsad-project/marsad/internal/analysis/campaigns"
)

// Role is an account's place in the army.
type Role string

// The roles. Accounts not classified are RoleOther.
const (
	RoleSupervisor Role = "supervisor"
	RoleOfficial   Role = "official"
	RoleOrganizer  Role = "organizer"
	RoleAmplifier  Role = "amplifier"
	RoleOther      Role = "other"
)

// Options tune the classifier. The zero value selects the defaults.
type Options struct {
	// AmplifyWindow is how soon after a release squad reposts count as its
	// coordinated amplification; default 10 minutes.
	AmplifyWindow time.Duration
	// MinSquadReposters is how many distinct squad members must repost a
	// release within AmplifyWindow; default 3.
	MinSquadReposters int
	// MinReleases is the least number of squad-amplified releases an
	// official publishes; default 3.
	MinReleases int
	// MinReposts is the least number of reposts for an amplifier; default 3.
	MinReposts int
	// MinArmyShare is the least share of an amplifier's reposts that go to
	// army accounts; default 0.5.
	MinArmyShare float64
}

func (o Options) withDefaults() Options {
	if o.AmplifyWindow <= 0 {
		o.AmplifyWindow = 10 * time.Minute
	}
	if o.MinSquadReposters <= 0 {
		o.MinSquadReposters = 3
	}
	if o.MinReleases <= 0 {
		o.MinReleases = 3
	}
	if o.MinReposts <= 0 {
		o.MinReposts = 3
	}
	if o.MinArmyShare <= 0 {
		o.MinArmyShare = 0.5
	}
	return o
}

// Inputs are the results of other analyses that roles builds on. All are
// optional; without squads no account is called official (precision first).
type Inputs struct {
	// Squads are coordination groups (account indices).
	Squads [][]uint32
	// Families are returned-account families, oldest account first: every
	// member shares the family's strongest role.
	Families [][]uint32
	// Calls are the calls to action found in the snapshot; nil runs
	// campaigns.FindCalls.
	Calls []campaigns.Call
}
