package cli

import (
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad/internal/eval"
	"github.com/marsad-project/marsad/internal/sim"
)

// scorecard collects one line per analysis for the demo's summary.
type scorecard struct {
	truth *sim.Truth
	rows  [][3]string
}

func (c *scorecard) add(name, line string, took time.Duration) {
	c.rows = append(c.rows, [3]string{name, took.String(), line})
}

func (c *scorecard) print(w io.Writer) {
	fmt.Fprintln(w, "\nScorecard against the scenario's ground truth (P = precision, R = recall):")
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "analysis\ttime\tresult")
	for _, r := range c.rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r[0], r[1], r[2])
	}
	tw.Flush()
}

func pr(s eval.Score) string {
	return fmt.Sprintf("P %.2f R %.2f", s.Precision(), s.Recall())
}

// score reads an analysis's JSON and returns its scorecard line.
func (c *scorecard) score(name string, b []byte) (string, error) {
	t := c.truth
	switch name {
	case "coordination":
		var r eval.CoordinationResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Coordination(&r, t)
		return fmt.Sprintf("%d groups; squad member pairs %s; non-army accounts in groups %d of %d",
			s.Groups, pr(s.Pairs), s.NonArmyInGroups, s.NonArmy), nil
	case "hubs":
		var r eval.HubsResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Hubs(&r, t)
		return fmt.Sprintf("%d hubs; leaders %s; member pairs F1 %.2f", s.Hubs, pr(s.Leaders), s.MemberPairs.F1()), nil
	case "roles":
		var r eval.RolesResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Roles(&r, t)
		return fmt.Sprintf("macro-F1 %.2f; official %s; organizer %s; activists/news given an army role %d of %d",
			s.MacroF1, pr(s.PerClass["official"]), pr(s.PerClass["organizer"]), s.NonArmyLabelled, s.ActivistsAndNews), nil
	case "returns":
		var r eval.ReturnsResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Returns(&r, t)
		return fmt.Sprintf("%d links; %s; look-alike innocents linked %d", len(r.Links), pr(s.Links), s.InnocentsLinked), nil
	case "campaigns":
		var r eval.CampaignsResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Campaigns(&r, t)
		return fmt.Sprintf("%d campaigns; %s; participants F1 %.2f; organic threads flagged %d",
			len(r.Campaigns), pr(s.Campaigns), s.Participants.F1(), s.DecoysFlagged), nil
	case "threats":
		var r eval.ThreatsResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Threats(&r, t)
		return fmt.Sprintf("%d posts flagged; threats+doxxing %s; news/quotes flagged %d of %d",
			len(r.Posts), pr(s.Posts), s.HardNegativesFlagged, s.HardNegatives), nil
	case "reach":
		var r eval.ReachResult
		if err := decodeResult(b, &r); err != nil {
			return "", err
		}
		s := eval.Reach(&r, t)
		exact := "differ from"
		if s.Exact {
			exact = "equal"
		}
		return fmt.Sprintf("#%s: %d posts, %d accounts, %d reposts, %d potential impressions (%s the truth); army reaction posts %s",
			t.CounterCampaign.Hashtag, r.Posts, r.Accounts, r.Reposts, r.PotentialImpressions, exact, pr(s.Reactions)), nil
	}
	return "", fmt.Errorf("no scorer for %s", name)
}
