package ingest

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/urlcanon"
)

// csvURL makes a marsad URL from a link as given in a CSV cell, with its
// canonical form for matching.
func csvURL(given string) marsad.URL {
	return marsad.URL{Given: given, Canonical: urlcanon.Canonical(given)}
}
