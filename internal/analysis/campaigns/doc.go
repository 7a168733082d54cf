// Package campaigns finds targeting campaigns: an organiser's call to action
// against an account ("بلغوا عن …", "mass report @x"), followed by a burst
// of replies, mentions and quotes against that account well above its own
// baseline, by participants linked to the call, sometimes ending in the
// target's suspension.
//
// Platforms' report counts are invisible from outside, so the campaign is
// inferred from what is visible. A burst alone is not a campaign: heated
// organic threads draw many unrelated repliers without any call. A campaign
// needs a burst and a link to a preceding call to action or to a
// coordination group among the participants. See docs/ANALYSES-campaigns.md.
package campaigns
