// Package graphio writes graphs for Gephi, Cytoscape, networkx and igraph:
// GEXF 1.3 (Gephi's native format) and GraphML. It is generic: nodes with
// typed attributes and weighted edges with typed attributes, directed or
// not, parallel edges allowed (one per behaviour, say). Writers stream, so
// memory is the caller's graph only.
package graphio

import (
	"fmt"
	"strconv"
)

// Type is an attribute's value type.
type Type int

// The attribute types. Values must have the matching Go type: string,
// int/int64, float64, bool.
const (
	String Type = iota
	Int
	Double
	Bool
)

// Attr declares one node or edge attribute.
type Attr struct {
	Name string
	Type Type
}

// Node is a graph node. Values are positional: Values[i] is the value of
// Graph.NodeAttrs[i]; nil (or a short slice) leaves it unset.
type Node struct {
	ID     string
	Label  string
	Values []any
}

// Edge is a weighted edge; Values follow Graph.EdgeAttrs. Label (optional)
// names the edge kind, e.g. the behaviour.
type Edge struct {
	Source, Target string
	Weight         float64
	Label          string
	Values         []any
}

// Graph is what the writers take.
type Graph struct {
	Directed    bool
	Description string
	NodeAttrs   []Attr
	EdgeAttrs   []Attr
	Nodes       []Node
	Edges       []Edge
}

// format renders a value of type t, or an error if the Go type does not match.
func format(t Type, v any) (string, error) {
	switch t {
	case String:
		if s, ok := v.(string); ok {
			return s, nil
		}
	case Int:
		switch x := v.(type) {
		case int:
			return strconv.Itoa(x), nil
		case int64:
			return strconv.FormatInt(x, 10), nil
		case uint32:
			return strconv.FormatUint(uint64(x), 10), nil
		}
	case Double:
		switch x := v.(type) {
		case float64:
			return strconv.FormatFloat(x, 'g', -1, 64), nil
		case int:
			return strconv.Itoa(x), nil
		}
	case Bool:
		if b, ok := v.(bool); ok {
			return strconv.FormatBool(b), nil
		}
	}
	return "", fmt.Errorf("graphio: value %v (%T) does not fit attribute type %d", v, v, t)
}

// values renders the set values of an attribute list, with their indices.
func values(defs []Attr, vs []any, what string) ([]int, []string, error) {
	if len(vs) > len(defs) {
		return nil, nil, fmt.Errorf("graphio: %s has %d values for %d attributes", what, len(vs), len(defs))
	}
	var idx []int
	var out []string
	for i, v := range vs {
		if v == nil {
			continue
		}
		s, err := format(defs[i].Type, v)
		if err != nil {
			return nil, nil, fmt.Errorf("%s attribute %s: %w", what, defs[i].Name, err)
		}
		idx = append(idx, i)
		out = append(out, s)
	}
	return idx, out, nil
}
