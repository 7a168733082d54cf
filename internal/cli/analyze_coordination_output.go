package cli

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/graphio"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// maxTableEdges bounds the edges a table prints (JSON/CSV/graphs have all).
const maxTableEdges = 50

func writeCoordination(w io.Writer, format string, s *snapshot.Snapshot, r *coordination.Result, j *coordination.JSON) error {
	switch format {
	case "json":
		return writeJSON(w, j)
	case "csv":
		return coordinationCSV(w, s, r)
	case "gexf", "graphml":
		g := coordinationGraph(s, r)
		if format == "gexf" {
			return graphio.WriteGEXF(w, g)
		}
		return graphio.WriteGraphML(w, g)
	}
	return coordinationTable(w, s, r, j)
}

func coordinationTable(w io.Writer, s *snapshot.Snapshot, r *coordination.Result, j *coordination.JSON) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Coordination over %d posts, %d accounts (window %v)\n\n", s.NumPosts(), s.NumAccounts(), r.Window)
	fmt.Fprintf(tw, "GROUPS: %d\n", len(r.Groups))
	for i, g := range r.Groups {
		var names []string
		for _, m := range g.Members {
			names = append(names, s.Label(m))
		}
		var bs []string
		for _, b := range g.Behaviours {
			bs = append(bs, string(b))
		}
		fmt.Fprintf(tw, "#%d\tscore %.2f\t%d members\t%s\n", i+1, g.Score, len(g.Members), strings.Join(bs, ", "))
		fmt.Fprintf(tw, "\t%s\n", strings.Join(names, " "))
		for k, ev := range j.Groups[i].Evidence {
			if k == 3 {
				fmt.Fprintf(tw, "\t… %d more items (see --format json)\n", len(j.Groups[i].Evidence)-3)
				break
			}
			fmt.Fprintf(tw, "\t• %s\n", ev.Reason)
		}
	}
	edges := slices.Clone(r.Edges)
	slices.SortStableFunc(edges, func(x, y coordination.Edge) int { return cmp.Compare(y.Score, x.Score) })
	fmt.Fprintf(tw, "\nEDGES: %d", len(edges))
	if len(edges) > maxTableEdges {
		fmt.Fprintf(tw, " (strongest %d shown)", maxTableEdges)
		edges = edges[:maxTableEdges]
	}
	fmt.Fprintf(tw, "\nA\tB\tBEHAVIOUR\tWEIGHT\tSHARED\tSCORE\n")
	for _, e := range edges {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.2f\n", s.Label(e.A), s.Label(e.B), e.Behaviour, e.Weight, e.Shared, e.Score)
	}
	if len(r.Groups) == 0 {
		fmt.Fprintf(tw, "\nNo coordinated group passed the tests. Lower --min-weight or --min-sync, or widen --window, to see weaker links.\n")
	}
	return tw.Flush()
}

func coordinationCSV(w io.Writer, s *snapshot.Snapshot, r *coordination.Result) error {
	group := map[uint32]int{}
	for i, g := range r.Groups {
		for _, m := range g.Members {
			group[m] = i + 1
		}
	}
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"a", "b", "a_handle", "b_handle", "behaviour", "weight", "shared", "score", "p_value", "group"})
	for _, e := range r.Edges {
		g := ""
		if ga, ok := group[e.A]; ok && group[e.B] == ga {
			g = strconv.Itoa(ga)
		}
		_ = cw.Write([]string{s.AccountIDs[e.A], s.AccountIDs[e.B], s.Handles[e.A], s.Handles[e.B], string(e.Behaviour),
			strconv.Itoa(e.Weight), strconv.Itoa(e.Shared), strconv.FormatFloat(e.Score, 'f', 3, 64),
			strconv.FormatFloat(e.PValue, 'g', 4, 64), g})
	}
	cw.Flush()
	return cw.Error()
}

// coordinationGraph is the kept-edge graph for Gephi: nodes carry handle,
// name, group and group score; edges carry behaviour, weight, shared, score.
func coordinationGraph(s *snapshot.Snapshot, r *coordination.Result) *graphio.Graph {
	g := &graphio.Graph{
		Description: fmt.Sprintf("marsad coordination network (window %v)", r.Window),
		NodeAttrs:   []graphio.Attr{{Name: "handle", Type: graphio.String}, {Name: "display_name", Type: graphio.String}, {Name: "group", Type: graphio.Int}, {Name: "group_score", Type: graphio.Double}},
		EdgeAttrs:   []graphio.Attr{{Name: "behaviour", Type: graphio.String}, {Name: "co_actions", Type: graphio.Int}, {Name: "shared", Type: graphio.Int}, {Name: "score", Type: graphio.Double}},
	}
	group := map[uint32]int{}
	for i, gr := range r.Groups {
		for _, m := range gr.Members {
			group[m] = i
		}
	}
	seen := map[uint32]bool{}
	addNode := func(a uint32) {
		if seen[a] {
			return
		}
		seen[a] = true
		gi, gs := -1, 0.0
		if i, ok := group[a]; ok {
			gi, gs = i+1, r.Groups[i].Score
		}
		g.Nodes = append(g.Nodes, graphio.Node{ID: s.AccountIDs[a], Label: s.Label(a), Values: []any{s.Handles[a], s.DisplayNames[a], gi, gs}})
	}
	for _, e := range r.Edges {
		addNode(e.A)
		addNode(e.B)
		g.Edges = append(g.Edges, graphio.Edge{Source: s.AccountIDs[e.A], Target: s.AccountIDs[e.B], Weight: float64(e.Weight),
			Label: string(e.Behaviour), Values: []any{string(e.Behaviour), e.Weight, e.Shared, e.Score}})
	}
	return g
}

// cntJSON is the toolkit-compatible JSON: directed edges, no groups.
func cntJSON(s *snapshot.Snapshot, edges []coordination.DirectedEdge) coordination.JSON {
	j := coordination.JSON{Groups: []coordination.JSONGroup{}, Edges: []coordination.JSONEdge{}}
	for _, e := range edges {
		j.Edges = append(j.Edges, coordination.JSONEdge{A: s.AccountIDs[e.User1], B: s.AccountIDs[e.User2], Weight: e.Weight, Behaviour: e.Behaviour})
	}
	return j
}

// writeCNT writes toolkit-compatible edges; CSV uses the toolkit's Gephi
// export columns (source, target, weight, edge_type).
func writeCNT(w io.Writer, format string, s *snapshot.Snapshot, edges []coordination.DirectedEdge) error {
	switch format {
	case "json":
		return writeJSON(w, cntJSON(s, edges))
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"source", "target", "weight", "edge_type"})
		for _, e := range edges {
			_ = cw.Write([]string{s.AccountIDs[e.User1], s.AccountIDs[e.User2], strconv.Itoa(e.Weight), strings.ReplaceAll(string(e.Behaviour), "-", "_")})
		}
		cw.Flush()
		return cw.Error()
	case "gexf", "graphml":
		g := &graphio.Graph{Directed: true, Description: "coordination-network-toolkit compatible network",
			NodeAttrs: []graphio.Attr{{Name: "username", Type: graphio.String}},
			EdgeAttrs: []graphio.Attr{{Name: "edge_type", Type: graphio.String}}}
		seen := map[uint32]bool{}
		for _, e := range edges {
			for _, a := range []uint32{e.User1, e.User2} {
				if !seen[a] {
					seen[a] = true
					g.Nodes = append(g.Nodes, graphio.Node{ID: s.AccountIDs[a], Label: s.Label(a), Values: []any{s.Handles[a]}})
				}
			}
			g.Edges = append(g.Edges, graphio.Edge{Source: s.AccountIDs[e.User1], Target: s.AccountIDs[e.User2], Weight: float64(e.Weight),
				Label: string(e.Behaviour), Values: []any{strings.ReplaceAll(string(e.Behaviour), "-", "_")}})
		}
		if format == "gexf" {
			return graphio.WriteGEXF(w, g)
		}
		return graphio.WriteGraphML(w, g)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "USER_1\tUSER_2\tWEIGHT\tNETWORK\n")
	for _, e := range edges {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", s.Label(e.User1), s.Label(e.User2), e.Weight, strings.ReplaceAll(string(e.Behaviour), "-", "_"))
	}
	fmt.Fprintf(tw, "%d edges\n", len(edges))
	return tw.Flush()
}

// explainPair prints every co-action of two accounts.
func explainPair(app *App, s *snapshot.Snapshot, o coordination.Options, x, y, format string) error {
	a, err := resolveAccount(s, x)
	if err != nil {
		return err
	}
	b, err := resolveAccount(s, y)
	if err != nil {
		return err
	}
	acts, err := coordination.Explain(s, a, b, o)
	if err != nil {
		return err
	}
	type row struct {
		Behaviour coordination.Behaviour `json:"behaviour"`
		Item      string                 `json:"item"`
		PostA     string                 `json:"post_a"`
		TimeA     string                 `json:"time_a"`
		PostB     string                 `json:"post_b"`
		TimeB     string                 `json:"time_b"`
		Seconds   float64                `json:"seconds_apart"`
	}
	var rows []row
	for _, c := range acts {
		d := time.Duration(s.TimeMS[c.PostB]-s.TimeMS[c.PostA]) * time.Millisecond
		rows = append(rows, row{c.Behaviour, c.Key, s.PostID(c.PostA), s.Time(c.PostA).Format(time.RFC3339), s.PostID(c.PostB),
			s.Time(c.PostB).Format(time.RFC3339), d.Seconds()})
	}
	if format == "json" {
		out := struct {
			A          string            `json:"a"`
			B          string            `json:"b"`
			CoActions  []row             `json:"co_actions"`
			Evidence   []marsad.Evidence `json:"evidence"`
			WindowSecs float64           `json:"window_seconds"`
		}{A: s.AccountIDs[a], B: s.AccountIDs[b], CoActions: rows, WindowSecs: o.Window.Seconds()}
		if out.CoActions == nil {
			out.CoActions = []row{}
		}
		for _, r := range rows {
			out.Evidence = append(out.Evidence, marsad.Evidence{Reason: fmt.Sprintf("%s, %s", r.Behaviour, r.Item), Posts: []string{r.PostA, r.PostB}})
		}
		return writeJSON(app.Stdout, out)
	}
	tw := tabwriter.NewWriter(app.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Co-actions of %s (%s) and %s (%s) within %v: %d\n", s.Label(a), s.AccountIDs[a], s.Label(b), s.AccountIDs[b], o.Window, len(rows))
	fmt.Fprintf(tw, "BEHAVIOUR\tITEM\tPOST A\tTIME A\tPOST B\tTIME B\tΔ s\n")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%+.0f\n", r.Behaviour, r.Item, r.PostA, r.TimeA, r.PostB, r.TimeB, r.Seconds)
	}
	return tw.Flush()
}
