package bank

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
)

// Document is the JSON form of a bank written by Write.
type Document struct {
	Format      string        `json:"format"` // "marsad-bank"
	Version     int           `json:"version"`
	Bank        string        `json:"bank"`
	Description string        `json:"description,omitempty"`
	Entries     []media.Entry `json:"entries"`
}

// csvHeader starts with the columns of ThreatExchange's `dataset --csv`
// export, so its readers find what they expect; marsad's extra columns
// follow.
var csvHeader = []string{"collab", "signal_type", "signal_str", "category", "tags", "quality", "content_uri", "note", "added_at"}

// Write writes a bank's entries in format f (csv, json or txt).
func Write(w io.Writer, f Format, b marsad.Bank, es []media.Entry) error {
	switch f {
	case FormatJSON:
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if es == nil {
			es = []media.Entry{}
		}
		return enc.Encode(Document{Format: "marsad-bank", Version: 1, Bank: b.Name, Description: b.Description, Entries: es})
	case FormatTXT:
		for _, e := range es {
			if _, err := fmt.Fprintf(w, "%s %s\n", e.Kind, e.Hash); err != nil {
				return err
			}
		}
		return nil
	case FormatCSV, FormatAuto:
		cw := csv.NewWriter(w)
		if err := cw.Write(csvHeader); err != nil {
			return err
		}
		for _, e := range es {
			collab := e.Source
			if collab == "" {
				collab = b.Name
			}
			tags := make([]string, len(e.Labels))
			for i, l := range e.Labels {
				tags[i] = strings.Join(strings.Fields(l), "_") // tags are space-separated
			}
			q := ""
			if e.Quality > 0 {
				q = strconv.Itoa(e.Quality)
			}
			added := ""
			if !e.AddedAt.IsZero() {
				added = e.AddedAt.UTC().Format(time.RFC3339)
			}
			if err := cw.Write([]string{collab, string(e.Kind), e.Hash, "POSITIVE_CLASS", strings.Join(tags, " "), q, e.ContentURI, e.Note, added}); err != nil {
				return err
			}
		}
		cw.Flush()
		return cw.Error()
	}
	return marsad.Errorf(marsad.EINVALID, "unknown hash-list format %q (want csv, json or txt)", f)
}
