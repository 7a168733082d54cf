package roles

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Report is the JSON output of `marsad analyze roles` (DESIGN.md §6):
// accounts not listed are "other".
type Report struct {
	Accounts    []AccountReport     `json:"accounts"`
	Supervision []SupervisionReport `json:"supervision"`
	Counts      map[Role]int        `json:"counts"`
}

// AccountReport is one classified account.
type AccountReport struct {
	ID       string            `json:"id"`
	Handle   string            `json:"handle,omitempty"`
	Role     Role              `json:"role"`
	Score    float64           `json:"score"`
	Evidence []marsad.Evidence `json:"evidence"`
}

// SupervisionReport is one supervisor → official edge.
type SupervisionReport struct {
	Supervisor   string `json:"supervisor"`
	Official     string `json:"official"`
	Endorsements int    `json:"endorsements"`
	Echoes       int    `json:"echoes"`
}

// NewReport renders a Result with platform ids.
func NewReport(s *snapshot.Snapshot, r *Result) *Report {
	rep := &Report{Accounts: []AccountReport{}, Supervision: []SupervisionReport{}, Counts: map[Role]int{}}
	for _, a := range r.Accounts {
		rep.Accounts = append(rep.Accounts, AccountReport{
			ID: s.AccountIDs[a.Account], Handle: s.Handles[a.Account], Role: a.Role, Score: a.Score, Evidence: a.Evidence,
		})
		rep.Counts[a.Role]++
	}
	for _, e := range r.Supervision {
		rep.Supervision = append(rep.Supervision, SupervisionReport{
			Supervisor: s.AccountIDs[e.Supervisor], Official: s.AccountIDs[e.Official],
			Endorsements: e.Endorsements, Echoes: e.Echoes,
		})
	}
	return rep
}
