// Package coordination finds accounts that act in concert: they retweet the
// same post, post the same or nearly the same text, share the same link or
// hashtag sequence, reply to the same post or mention the same account, within
// seconds of each other, again and again.
//
// The method (docs/ANALYSES-coordination.md has the full rationale):
//
//  1. Co-actions. For each behaviour, every key (the original post, the
//     normalised text, the near-duplicate cluster, the canonical URL, the
//     hashtag sequence, the reply parent, the mentioned account) has its
//     actions in time order in the snapshot. A window slides over them and
//     pairs two accounts whose actions are at most Window apart. The weight of
//     a pair is the number of distinct keys on which it co-acted. Work per key
//     is bounded: an action is paired with at most CrowdSize actions before it
//     in the window, so a post retweeted by 50,000 accounts in minutes costs
//     O(50,000·CrowdSize), not O(50,000²); squads act within seconds and stay
//     each other's nearest neighbours.
//  2. Significance. A pair is kept when (a) its weight reaches MinWeight,
//     (b) most of the keys both accounts ever acted on were acted on within
//     the window (the sync share: organic accounts that like the same things
//     act minutes or hours apart), and (c) the number of keys they share is
//     unlikely if each account chose its keys independently in proportion to
//     their popularity (a Poisson tail with Bonferroni correction over the
//     candidate pairs) — which is what separates a squad from two heavy users
//     who both join every viral storm.
//  3. Groups are the communities (Louvain, gonum) of the graph of kept pairs,
//     scored by the strength and density of their edges, with the shared
//     items and timestamps as evidence.
//
// CNT computes the coordination-network-toolkit's co_retweet, co_tweet and
// co_link networks exactly, for users switching from it.
package coordination
