// Package hubs finds influence hubs: a famous account and the disciples who
// amplify, quote, answer and mention it. It builds the weighted directed
// interaction graph of a snapshot (reposts, quotes, replies, mentions and,
// when imported, follows), partitions it into communities with the Louvain
// method (V. D. Blondel et al., "Fast unfolding of communities in large
// networks", J. Stat. Mech. 2008), and inside each community finds the
// accounts that have disciples: members who devote most of their
// interactions to them. Members are ranked by in-strength and weighted
// PageRank.
//
// Louvain and PageRank are implemented here on flat arrays (louvain.go,
// pagerank.go) and checked against gonum's community.Modularize, community.Q
// and network.PageRankSparse in the tests: gonum's versions work through
// graph interfaces and maps and took minutes on a 300k-post collection that
// these handle in seconds. Hubs is a pure function over a snapshot; it never
// touches the store.
package hubs
