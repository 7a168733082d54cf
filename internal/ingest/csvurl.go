package ingest

import "github.com/marsad-project/marsad"

// csvURL makes a marsad URL from a link as given in a CSV cell.
func csvURL(given string) marsad.URL {
	return marsad.URL{Given: given}
}
