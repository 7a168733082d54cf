package graphio

import (
	"bufio"
	"io"
	"strconv"
)

var graphmlTypes = map[Type]string{String: "string", Int: "long", Double: "double", Bool: "boolean"}

// WriteGraphML writes g as GraphML (http://graphml.graphdrawing.org/). Node
// labels and edge labels and weights become the data keys "label" and
// "weight", next to the declared attributes.
func WriteGraphML(w io.Writer, g *Graph) error {
	x := &xw{w: bufio.NewWriter(w)}
	x.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	x.raw(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	key := func(id, for_, name string, t Type) {
		x.raw("  <key")
		x.attr("id", id)
		x.attr("for", for_)
		x.attr("attr.name", name)
		x.attr("attr.type", graphmlTypes[t])
		x.raw("/>\n")
	}
	key("label", "node", "label", String)
	for i, a := range g.NodeAttrs {
		key("n"+strconv.Itoa(i), "node", a.Name, a.Type)
	}
	key("weight", "edge", "weight", Double)
	key("elabel", "edge", "label", String)
	for i, a := range g.EdgeAttrs {
		key("e"+strconv.Itoa(i), "edge", a.Name, a.Type)
	}
	x.raw("  <graph id=\"G\"")
	if g.Directed {
		x.attr("edgedefault", "directed")
	} else {
		x.attr("edgedefault", "undirected")
	}
	x.raw(">\n")
	data := func(k, v string) {
		x.raw("      <data")
		x.attr("key", k)
		x.raw(">")
		x.esc(v)
		x.raw("</data>\n")
	}
	for _, n := range g.Nodes {
		idx, vals, err := values(g.NodeAttrs, n.Values, "node "+n.ID)
		if err != nil {
			return err
		}
		x.raw("    <node")
		x.attr("id", n.ID)
		x.raw(">\n")
		label := n.Label
		if label == "" {
			label = n.ID
		}
		data("label", label)
		for i, k := range idx {
			data("n"+strconv.Itoa(k), vals[i])
		}
		x.raw("    </node>\n")
	}
	for i, e := range g.Edges {
		idx, vals, err := values(g.EdgeAttrs, e.Values, "edge "+e.Source+"-"+e.Target)
		if err != nil {
			return err
		}
		x.raw("    <edge")
		x.attr("id", "e"+strconv.Itoa(i))
		x.attr("source", e.Source)
		x.attr("target", e.Target)
		x.raw(">\n")
		data("weight", strconv.FormatFloat(e.Weight, 'g', -1, 64))
		if e.Label != "" {
			data("elabel", e.Label)
		}
		for j, k := range idx {
			data("e"+strconv.Itoa(k), vals[j])
		}
		x.raw("    </edge>\n")
	}
	x.raw("  </graph>\n</graphml>\n")
	if x.err != nil {
		return x.err
	}
	return x.w.Flush()
}
