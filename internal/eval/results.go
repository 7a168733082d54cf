package eval

import "time"

// The result shapes of DESIGN.md §6, reduced to the fields the scorers read.

// CoordinationResult is `marsad analyze coordination --format json`.
type CoordinationResult struct {
	Groups []struct {
		Members []string `json:"members"`
	} `json:"groups"`
}

// HubsResult is `marsad analyze hubs --format json`.
type HubsResult struct {
	Hubs []struct {
		Leader  string   `json:"leader"`
		Members []string `json:"members"`
	} `json:"hubs"`
}

// RolesResult is `marsad analyze roles --format json`.
type RolesResult struct {
	Accounts []struct {
		ID   string `json:"id"`
		Role string `json:"role"`
	} `json:"accounts"`
}

// ReturnsResult is `marsad analyze returns --format json`.
type ReturnsResult struct {
	Links []struct {
		Suspended string `json:"suspended"`
		Successor string `json:"successor"`
	} `json:"links"`
}

// CampaignsResult is `marsad analyze campaigns --format json`.
type CampaignsResult struct {
	Campaigns []struct {
		Target       string    `json:"target"`
		Participants []string  `json:"participants"`
		Start        time.Time `json:"start"`
		End          time.Time `json:"end"`
	} `json:"campaigns"`
}

// ThreatsResult is `marsad analyze threats --format json`.
type ThreatsResult struct {
	Posts []struct {
		ID   string `json:"id"`
		Kind string `json:"kind"`
	} `json:"posts"`
}

// ReachResult is `marsad analyze reach --format json`.
type ReachResult struct {
	Posts                int   `json:"posts"`
	Accounts             int   `json:"accounts"`
	Reposts              int   `json:"reposts"`
	PotentialImpressions int64 `json:"potential_impressions"`
	Reactions            struct {
		Posts []string `json:"posts"`
	} `json:"reactions"`
}
