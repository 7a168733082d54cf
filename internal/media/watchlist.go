package media

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
)

// WatchlistBank turns watchlisted people's reference photos into bank
// entries, so the threats analysis can spot a protected person's photo
// posted with a threat (doxxing). An entry's PhotoHash is used as given;
// otherwise its PhotoPath is hashed (PDQ when quality >= 50, and pHash).
// owner[i] is the index in ws of entries[i]'s person. People without a
// photo are skipped; unreadable photos and bad hashes are returned as
// errors (naming the person by handle or id) and do not stop the others.
// Entries carry no name: Source is "platform/account id or @handle".
func WatchlistBank(ws []marsad.WatchlistEntry, lim imagefile.Limits) (entries []Entry, owner []int, errs []error) {
	for i, w := range ws {
		who := w.Platform + "/" + w.AccountID
		if w.AccountID == "" {
			who = w.Platform + "/@" + w.Handle
		}
		add := func(e Entry) {
			e.Source = who
			entries, owner = append(entries, e), append(owner, i)
		}
		switch {
		case w.PhotoHash != "":
			kind, err := KindOf(w.PhotoHash)
			if err == nil {
				var norm string
				if norm, err = NormalizeHash(kind, w.PhotoHash); err == nil {
					add(Entry{Kind: kind, Hash: norm})
					continue
				}
			}
			errs = append(errs, fmt.Errorf("watchlist %s: photo hash: %w", who, err))
		case w.PhotoPath != "":
			h, err := HashFile(w.PhotoPath, lim)
			if err != nil {
				errs = append(errs, fmt.Errorf("watchlist %s: %w", who, err))
				continue
			}
			if h.Quality >= pdq.MinQuality {
				add(Entry{Kind: KindPDQ, Hash: h.PDQ.String(), Quality: h.Quality})
			}
			add(Entry{Kind: KindPHash, Hash: FormatHash64(h.PHash)})
		}
	}
	return entries, owner, errs
}
