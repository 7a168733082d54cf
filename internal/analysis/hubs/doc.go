// Package hubs finds influence hubs: a famous account and the disciples who
// amplify, quote, answer and mention it. It builds the weighted directed
// interaction graph of a snapshot (reposts, quotes, replies, mentions and,
// when imported, follows), partitions it into communities with the Louvain
// method (gonum's community.Modularize, V. D. Blondel et al., "Fast
// unfolding of communities in large networks", J. Stat. Mech. 2008), and
// names each community's leader by its in-strength inside the community,
// with PageRank over the whole graph (gonum network.PageRankSparse) as the
// tie-break.
//
// A community is reported as a hub when its interactions concentrate on a
// leader: the leader's share of the community's internal in-strength is the
// hub's score. Diffuse communities (friends talking to each other) have no
// leader worth the name and are left out. Hubs is a pure function over a
// snapshot; it never touches the store.
package hubs
