package sim

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

// Roles used in Truth.Roles. The army's roles are Supervisor, Official,
// Organizer, HubLeader (army hubs), Disciple, Amplifier (squad members) and
// Supporter (organic amplifiers); the others are not part of the army.
const (
	RoleSupervisor = "supervisor"
	RoleOfficial   = "official"
	RoleOrganizer  = "organizer"
	RoleHubLeader  = "hub_leader"
	RoleDisciple   = "disciple"
	RoleAmplifier  = "amplifier"
	RoleSupporter  = "supporter"
	RoleActivist   = "activist"
	RoleNews       = "news"
	RoleInfluencer = "influencer" // famous non-army account (leads a non-army hub)
	RoleFan        = "fan"        // disciple of a non-army hub
	RoleOrdinary   = "ordinary"
)

// ArmyRoles lists the roles that belong to the media army.
var ArmyRoles = []string{RoleSupervisor, RoleOfficial, RoleOrganizer, RoleHubLeader, RoleDisciple, RoleAmplifier, RoleSupporter}

// IsArmy reports whether role belongs to the media army.
func IsArmy(role string) bool {
	for _, r := range ArmyRoles {
		if r == role {
			return true
		}
	}
	return false
}

// Truth is the ground truth of a scenario, written to truth.json. All ids are
// platform id strings as they appear in the importable files.
type Truth struct {
	Seed  uint64    `json:"seed"`
	Scale float64   `json:"scale"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// Params are the behaviour parameters drawn for this scenario.
	Params Params `json:"params"`
	// Counts are what was written: accounts, posts, follows, … (for sanity
	// checks; keys are stable strings).
	Counts map[string]int `json:"counts"`
	// Roles maps every account id to its role (RoleX constants). Successor
	// accounts carry their predecessor's role.
	Roles map[string]string `json:"roles"`
	// Watchlist lists the protected accounts written to watchlist.csv.
	Watchlist []string `json:"watchlist"`
	// Squads are the coordinated amplifier squads (member ids, successors
	// included after their predecessor).
	Squads [][]string `json:"squads"`
	// Hubs are influence hubs: a leader and the disciples who amplify it.
	Hubs []Hub `json:"hubs"`
	// Releases are the official releases (original posts by the supervisor
	// and the provincial officials).
	Releases []string `json:"releases"`
	// Suspensions lists every account suspended in the window (status.csv).
	Suspensions []Suspension `json:"suspensions"`
	// Returns links suspended accounts to the account their owner came back
	// with; chains appear as consecutive links (A→A2, A2→A3).
	Returns []Return `json:"returns"`
	// Renames are accounts that changed handle during the window, keeping
	// their id (status.csv rows with status "renamed"). Not returns.
	Renames   []Rename   `json:"renames"`
	Campaigns []Campaign `json:"campaigns"`
	// CallPosts lists every call-to-action post: those that opened a
	// campaign and the many smaller calls that drew no pile-on.
	CallPosts []string `json:"call_posts"`
	// ThreatPosts are posts threatening violence against a person.
	ThreatPosts []string `json:"threat_posts"`
	// DoxxPosts expose a protected person's photo or private details with
	// hostility.
	DoxxPosts []string `json:"doxx_posts"`
	// Targets maps each threat and doxx post id to the account it targets.
	Targets map[string]string `json:"targets"`
	// RecycledMedia are releases whose photo re-uses an earlier release's
	// image (a near-duplicate hash).
	RecycledMedia   []RecycledMedia `json:"recycled_media"`
	HardNegatives   HardNegatives   `json:"hard_negatives"`
	CounterCampaign CounterCampaign `json:"counter_campaign"`
}

// RecycledMedia links a post whose photo recycles an earlier post's image.
type RecycledMedia struct {
	Post     string `json:"post"`
	Original string `json:"original"`
	// Distance is the Hamming distance between the two 256-bit hashes.
	Distance int `json:"distance"`
}

// Hub is an influence hub. Army is false for famous non-army accounts and
// their fans, which a hub detector should also find.
type Hub struct {
	Leader  string   `json:"leader"`
	Members []string `json:"members"`
	Army    bool     `json:"army"`
}

// Suspension is one account suspended by the platform.
type Suspension struct {
	Account     string    `json:"account"`
	ScreenName  string    `json:"screen_name"`
	SuspendedAt time.Time `json:"suspended_at"`
	// Reason says why the scenario suspended it: "army" (platform action
	// against the army), "target" (a campaign's mass reporting succeeded) or
	// "spam" (unrelated ordinary account).
	Reason string `json:"reason"`
}

// Return is a suspended account and the account its owner returned with.
type Return struct {
	Suspended   string    `json:"suspended"`
	Successor   string    `json:"successor"`
	SuspendedAt time.Time `json:"suspended_at"`
	CreatedAt   time.Time `json:"successor_created_at"`
	// AnnouncedByPosts are shout-out posts naming the successor as the
	// suspended account's new handle (by the successor or by peers).
	AnnouncedByPosts []string `json:"announced_by_posts,omitempty"`
}

// Rename is a handle change of one account (same id).
type Rename struct {
	Account   string    `json:"account"`
	OldHandle string    `json:"old_handle"`
	NewHandle string    `json:"new_handle"`
	At        time.Time `json:"at"`
}

// Campaign is a targeting campaign: call-to-action posts against a target,
// then a pile-on of replies and mentions by the participants.
type Campaign struct {
	Target    string   `json:"target"`
	CallPosts []string `json:"call_posts"`
	// Participants are the accounts that piled on (not the callers).
	Participants []string `json:"participants"`
	// Posts are the pile-on posts (replies to and mentions of the target).
	Posts []string  `json:"posts"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
	// TargetSuspendedAt is set when the target was suspended afterwards.
	TargetSuspendedAt *time.Time `json:"target_suspended_at,omitempty"`
	// Kind is "targeting" or "counter_reaction" (against a leader of the
	// counter-campaign).
	Kind string `json:"kind"`
}

// HardNegatives are things that look like the army's behaviour but are not.
type HardNegatives struct {
	// ViralPosts are organic posts retweeted by large crowds within minutes
	// to hours (not coordination).
	ViralPosts []string `json:"viral_posts"`
	// LookalikeAccounts are innocent accounts whose handles resemble a
	// suspended account's handle; they are nobody's successor.
	LookalikeAccounts []string `json:"lookalike_accounts"`
	// ViolentNewsPosts use violent words without threatening anyone: news
	// reports, condemnations, religious quotes, sports idioms, friendly
	// hyperbole and people quoting the threats they received.
	ViolentNewsPosts []string `json:"violent_news_posts"`
	// OrganicThreads are heated threads with many unrelated repliers and no
	// call to action (not campaigns).
	OrganicThreads []Thread `json:"organic_threads"`
	// SpamSuspensions are ordinary accounts suspended without any return.
	SpamSuspensions []string `json:"spam_suspensions"`
	// NewRecruits are army accounts created during the window that are not
	// anyone's successor.
	NewRecruits []string `json:"new_recruits"`
	// BenignPhotoPosts show a watchlisted person's photo without hostility:
	// their own posts and friends' solidarity posts (not doxxing).
	BenignPhotoPosts []string `json:"benign_photo_posts"`
	// CriticalQuotes are activists and journalists quoting releases to
	// criticise or report on them (not amplification by the army).
	CriticalQuotes []string `json:"critical_quotes"`
	// GreetingPosts are near-identical Friday greetings posted by crowds of
	// unrelated people within hours (not coordinated text).
	GreetingPosts []string `json:"greeting_posts"`
	// SharedLinks are news URLs posted by crowds of unrelated people with
	// their own words (not coordinated link pushing).
	SharedLinks []string `json:"shared_links"`
}

// Thread is an organic heated thread: a root post and its repliers.
type Thread struct {
	Target       string    `json:"target"`
	Root         string    `json:"root"`
	Participants []string  `json:"participants"`
	Posts        []string  `json:"posts"`
	Start        time.Time `json:"start"`
	End          time.Time `json:"end"`
}

// CounterCampaign is the activists' hashtag operation and the army's reaction.
type CounterCampaign struct {
	Hashtag              string    `json:"hashtag"`
	Start                time.Time `json:"start"`
	Leaders              []string  `json:"leaders"`
	Posts                []string  `json:"posts"`    // posts carrying the hashtag (originals, quotes, replies)
	Accounts             []string  `json:"accounts"` // accounts that posted or reposted the hashtag
	Reposts              int       `json:"reposts"`
	PotentialImpressions int64     `json:"potential_impressions"` // sum of authors' followers over posts and reposts
	ReactionAccounts     []string  `json:"reaction_accounts"`     // army accounts reacting
	ReactionPosts        []string  `json:"reaction_posts"`
}

// LoadTruth reads a truth.json written by Generate.
func LoadTruth(path string) (*Truth, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load truth: %w", err)
	}
	var t Truth
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, fmt.Errorf("load truth %s: %w", path, err)
	}
	return &t, nil
}

// Successor returns the successor of a suspended account, or "".
func (t *Truth) Successor(id string) string {
	for _, r := range t.Returns {
		if r.Suspended == id {
			return r.Successor
		}
	}
	return ""
}
