package roles

import (
	"github.com/marsad-project/marsad/internal/snapshot"
)

// features are the behavioural measurements roles are decided from.
type features struct {
	originals, reposts, replies, quotes int
	// squadAmplified counts the account's originals reposted by at least
	// MinSquadReposters distinct squad members within the amplification window.
	squadAmplified int
	// squadReposters is how many distinct squad members reposted it.
	squadReposters int
	// reposters is how many distinct accounts reposted its posts.
	reposters int
	// armyReposts counts reposts (and quotes without hostility) of army
	// accounts' posts; filled per propagation round.
	armyReposts int
	// armyReposted counts reposts of its posts by army accounts.
	armyReposted int
	// armyAmplified counts its originals reposted by at least
	// MinSquadReposters army accounts within the window.
	armyAmplified int
	// endorsedBy counts reposts of its posts by officials; echoes its
	// reposts of officials' posts.
	endorsedBy, echoes int
	inSquad            bool
}

// measure computes the per-account counts that do not depend on the army
// set. squad marks coordination-group members.
func measure(s *snapshot.Snapshot, squad []bool, o Options) []features {
	f := make([]features, s.NumAccounts())
	win := o.AmplifyWindow.Milliseconds()
	for a := range f {
		f[a].inSquad = squad[a]
	}
	seen := map[uint64]bool{} // (author, reposter) pairs already counted
	n := s.NumPosts()
	for p := 0; p < n; p++ {
		a := s.Author[p]
		switch s.Kinds[p] {
		case snapshot.KindRepost:
			f[a].reposts++
			continue
		case snapshot.KindQuote:
			f[a].quotes++
		case snapshot.KindReply:
			f[a].replies++
			continue
		default:
			if s.ReplyTo[p] != snapshot.None {
				f[a].replies++
				continue
			}
			f[a].originals++
		}
		// Who reposted this post, and how many squad members did so quickly.
		fast := 0
		for _, r := range s.RepostsOf.Of(uint32(p)) {
			ra := s.Author[r]
			if ra == a {
				continue
			}
			if k := uint64(a)<<32 | uint64(ra); !seen[k] {
				seen[k] = true
				f[a].reposters++
				if squad[ra] {
					f[a].squadReposters++
				}
			}
			if squad[ra] && s.TimeMS[r]-s.TimeMS[p] <= win {
				fast++
			}
		}
		if fast >= o.MinSquadReposters {
			f[a].squadAmplified++
		}
	}
	return f
}
