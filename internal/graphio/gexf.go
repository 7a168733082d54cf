package graphio

import (
	"bufio"
	"io"
	"strconv"
)

var gexfTypes = map[Type]string{String: "string", Int: "long", Double: "double", Bool: "boolean"}

// WriteGEXF writes g as GEXF 1.3 (https://gexf.net/1.3). Edge weights go in
// the weight attribute, edge labels in label (Gephi shows parallel edges of
// different labels as separate edges).
func WriteGEXF(w io.Writer, g *Graph) error {
	x := &xw{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">` + "\n")
	x.raw("  <meta>\n    <creator>marsad</creator>\n")
	if g.Description != "" {
		x.raw("    <description>")
		x.esc(g.Description)
		x.raw("</description>\n")
	}
	x.raw("  </meta>\n  <graph mode=\"static\"")
	if g.Directed {
		x.attr("defaultedgetype", "directed")
	} else {
		x.attr("defaultedgetype", "undirected")
	}
	x.raw(">\n")
	gexfAttrs(x, "node", g.NodeAttrs)
	gexfAttrs(x, "edge", g.EdgeAttrs)
	x.raw("    <nodes>\n")
	for _, n := range g.Nodes {
		idx, vals, err := values(g.NodeAttrs, n.Values, "node "+n.ID)
		if err != nil {
			return err
		}
		x.raw("      <node")
		x.attr("id", n.ID)
		label := n.Label
		if label == "" {
			label = n.ID
		}
		x.attr("label", label)
		gexfValues(x, idx, vals, "node")
	}
	x.raw("    </nodes>\n    <edges>\n")
	for i, e := range g.Edges {
		idx, vals, err := values(g.EdgeAttrs, e.Values, "edge "+e.Source+"-"+e.Target)
		if err != nil {
			return err
		}
		x.raw("      <edge")
		x.attr("id", strconv.Itoa(i))
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.attr("weight", strconv.FormatFloat(e.Weight, 'g', -1, 64))
		if e.Label != "" {
			x.attr("label", e.Label)
		}
		gexfValues(x, idx, vals, "edge")
	}
	x.raw("    </edges>\n  </graph>\n</gexf>\n")
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}

func gexfAttrs(x *xw, class string, defs []Attr) {
	if len(defs) == 0 {
		return
	}
	x.raw("    <attributes")
	x.attr("class", class)
	x.raw(">\n")
	for i, a := range defs {
		x.raw("      <attribute")
		x.attr("id", strconv.Itoa(i))
		x.attr("title", a.Name)
		x.attr("type", gexfTypes[a.Type])
		x.raw("/>\n")
	}
	x.raw("    </attributes>\n")
}

func gexfValues(x *xw, idx []int, vals []string, elem string) {
	if len(idx) == 0 {
		x.raw("/>\n")
		return
	}
	x.raw(">\n        <attvalues>\n")
	for i, k := range idx {
		x.raw("          <attvalue")
		x.attr("for", strconv.Itoa(k))
		x.attr("value", vals[i])
		x.raw("/>\n")
	}
	x.raw("        </attvalues>\n      </" + elem + ">\n")
}
