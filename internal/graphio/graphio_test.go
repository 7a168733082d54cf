package graphio

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

func sample() *Graph {
	return &Graph{
		Description: "test <graph> & co",
		NodeAttrs:   []Attr{{"handle", String}, {"followers", Int}, {"in_group", Bool}},
		EdgeAttrs:   []Attr{{"behaviour", String}, {"score", Double}},
		Nodes: []Node{
			{ID: "1", Label: "@أحمد", Values: []any{"أحمد_1", int64(120), true}},
			{ID: "2&<\"x\">", Values: []any{"bad\x01ctl", 3}},
			{ID: "3"},
		},
		Edges: []Edge{
			{Source: "1", Target: "2&<\"x\">", Weight: 3, Label: "co-retweet", Values: []any{"co-retweet", 0.75}},
			{Source: "1", Target: "2&<\"x\">", Weight: 1.5, Label: "co-link", Values: []any{"co-link"}},
		},
	}
}

type gexfDoc struct {
	XMLName xml.Name `xml:"gexf"`
	Version string   `xml:"version,attr"`
	Graph   struct {
		EdgeType string `xml:"defaultedgetype,attr"`
		Attrs    []struct {
			Class string `xml:"class,attr"`
			Attr  []struct {
				ID    string `xml:"id,attr"`
				Title string `xml:"title,attr"`
				Type  string `xml:"type,attr"`
			} `xml:"attribute"`
		} `xml:"attributes"`
		Nodes []struct {
			ID    string `xml:"id,attr"`
			Label string `xml:"label,attr"`
			Vals  []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"nodes>node"`
		Edges []struct {
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Weight float64 `xml:"weight,attr"`
			Label  string  `xml:"label,attr"`
			Vals   []struct {
				For   string `xml:"for,attr"`
				Value string `xml:"value,attr"`
			} `xml:"attvalues>attvalue"`
		} `xml:"edges>edge"`
	} `xml:"graph"`
}

func TestGEXFRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	var d gexfDoc
	if err := xml.Unmarshal(buf.Bytes(), &d); err != nil {
		t.Fatalf("output is not XML: %v\n%s", err, buf.String())
	}
	if d.Version != "1.3" || d.Graph.EdgeType != "undirected" || len(d.Graph.Attrs) != 2 {
		t.Fatalf("header wrong: %+v", d)
	}
	if len(d.Graph.Nodes) != 3 || d.Graph.Nodes[0].Label != "@أحمد" || d.Graph.Nodes[1].ID != "2&<\"x\">" || d.Graph.Nodes[2].Label != "3" {
		t.Fatalf("nodes wrong: %+v", d.Graph.Nodes)
	}
	v := d.Graph.Nodes[0].Vals
	if len(v) != 3 || v[0].Value != "أحمد_1" || v[1].Value != "120" || v[2].Value != "true" {
		t.Errorf("node values wrong: %+v", v)
	}
	if d.Graph.Nodes[1].Vals[0].Value != "badctl" {
		t.Errorf("control character kept: %q", d.Graph.Nodes[1].Vals[0].Value)
	}
	e := d.Graph.Edges
	if len(e) != 2 || e[0].Weight != 3 || e[1].Weight != 1.5 || e[0].Target != "2&<\"x\">" || e[1].Label != "co-link" || e[0].Vals[1].Value != "0.75" {
		t.Errorf("edges wrong: %+v", e)
	}
}

type graphmlDoc struct {
	XMLName xml.Name `xml:"graphml"`
	Keys    []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

func TestGraphMLRoundTrip(t *testing.T) {
	g := sample()
	g.Directed = true
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, g); err != nil {
		t.Fatal(err)
	}
	var d graphmlDoc
	if err := xml.Unmarshal(buf.Bytes(), &d); err != nil {
		t.Fatalf("output is not XML: %v", err)
	}
	if d.Graph.EdgeDefault != "directed" || len(d.Keys) != 1+3+2+2 {
		t.Fatalf("header wrong: %+v", d.Keys)
	}
	data := map[string]string{}
	for _, x := range d.Graph.Nodes[0].Data {
		data[x.Key] = x.Value
	}
	if data["label"] != "@أحمد" || data["n1"] != "120" || data["n2"] != "true" {
		t.Errorf("node data wrong: %v", data)
	}
	ed := map[string]string{}
	for _, x := range d.Graph.Edges[0].Data {
		ed[x.Key] = x.Value
	}
	if ed["weight"] != "3" || ed["e0"] != "co-retweet" || ed["elabel"] != "co-retweet" || d.Graph.Edges[0].Target != "2&<\"x\">" {
		t.Errorf("edge data wrong: %v", ed)
	}
}

func TestTypeMismatch(t *testing.T) {
	g := sample()
	g.Nodes[0].Values[1] = "many"
	for _, w := range []func(*bytes.Buffer) error{
		func(b *bytes.Buffer) error { return WriteGEXF(b, g) },
		func(b *bytes.Buffer) error { return WriteGraphML(b, g) },
	} {
		var b bytes.Buffer
		if err := w(&b); err == nil || !strings.Contains(err.Error(), "followers") {
			t.Errorf("want an error naming the attribute, got %v", err)
		}
	}
}
