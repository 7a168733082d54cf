package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/analysis/returns"
	"github.com/marsad-project/marsad/internal/analysis/roles"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/spf13/cobra"
)

func newAnalyzeRolesCmd(app *App, common *analyzeCommon) *cobra.Command {
	var o roles.Options
	cmd := &cobra.Command{
		Use:   "roles",
		Short: "classify accounts as supervisor, official, organizer, amplifier or other, with evidence",
		Long: `Classify every account from its behaviour, never from its name or bio:
officials publish releases that coordination squads repost within minutes; the
supervisor is the account most tied to the officials (it reposts their releases,
they repost it); organizers issue calls to action against accounts outside the
army and are tied to the army; amplifiers mostly repost army accounts or belong
to a squad. Accounts not listed are "other". Labels are hypotheses for a human to
review: every one carries its evidence.

Squads come from the latest coordination run in the store (computed now if there
is none); returned-account families from the latest returns run, so a returned
account keeps its predecessor's role.`,
		Example: `  marsad analyze roles
  marsad analyze roles --format json > roles.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := firstErr(
				checkDuration("amplify-window", o.AmplifyWindow),
				checkMin("min-reposters", float64(o.MinSquadReposters), 1),
				checkMin("min-releases", float64(o.MinReleases), 1),
				checkMin("min-reposts", float64(o.MinReposts), 1),
				checkRange("min-army-share", o.MinArmyShare, 0, 1),
			); err != nil {
				return err
			}
			return runRoles(cmd.Context(), app, common, o)
		},
	}
	f := cmd.Flags()
	o.AmplifyWindow = 10 * time.Minute
	f.Var((*dayDuration)(&o.AmplifyWindow), "amplify-window", "how soon after a release squad reposts count as its amplification (e.g. 10m, 1h)")
	f.IntVar(&o.MinSquadReposters, "min-reposters", 3, "distinct squad members who must repost a release within the window")
	f.IntVar(&o.MinReleases, "min-releases", 3, "least squad-amplified releases of an official")
	f.IntVar(&o.MinReposts, "min-reposts", 3, "least reposts of an amplifier")
	f.Float64Var(&o.MinArmyShare, "min-army-share", 0.5, "least share of an amplifier's reposts that go to army accounts")
	return cmd
}

func runRoles(ctx context.Context, app *App, common *analyzeCommon, o roles.Options) error {
	format, err := common.checkFormat("roles", "table", "json")
	if err != nil {
		return err
	}
	started := time.Now()
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	in, err := rolesInputs(ctx, app, s)
	if err != nil {
		return err
	}
	rep := roles.NewReport(s, roles.Classify(s, in, o))
	if err := ctx.Err(); err != nil {
		return err // Ctrl-C during the classification: print nothing
	}
	if format == "json" {
		err = writeJSON(app.Stdout, rep)
	} else {
		err = writeRolesTable(app.Stdout, rep)
	}
	if err != nil {
		return fmt.Errorf("write roles: %w", err)
	}
	return saveRun(ctx, app, common, "roles", o, started, rep)
}

// rolesInputs reads squads and families from the latest coordination and
// returns runs, computing coordination now when no run exists.
func rolesInputs(ctx context.Context, app *App, s *snapshot.Snapshot) (roles.Inputs, error) {
	var in roles.Inputs
	st, err := app.store(ctx)
	if err != nil {
		return in, err
	}
	defer st.Close()
	ids := func(members []string) []uint32 {
		var out []uint32
		for _, id := range members {
			if a, ok := s.Account(id); ok {
				out = append(out, a)
			}
		}
		return out
	}
	run, err := st.LatestRun(ctx, "coordination")
	switch {
	case err == nil:
		var c struct {
			Groups []struct {
				Members []string `json:"members"`
			} `json:"groups"`
		}
		if err := json.Unmarshal(run.Result, &c); err != nil {
			return in, fmt.Errorf("read coordination run %d: %w", run.ID, err)
		}
		for _, g := range c.Groups {
			in.Squads = append(in.Squads, ids(g.Members))
		}
	case marsad.ErrorCode(err) == marsad.ENOTFOUND:
		app.Logger.Info("no coordination run in the store; computing coordination for roles")
		r, err := coordination.Detect(ctx, s, coordination.Options{})
		if err != nil {
			return in, fmt.Errorf("coordination for roles: %w", err)
		}
		for _, g := range r.Groups {
			in.Squads = append(in.Squads, g.Members)
		}
	default:
		return in, err
	}
	run, err = st.LatestRun(ctx, "returns")
	switch {
	case err == nil:
		var r returns.Result
		if err := json.Unmarshal(run.Result, &r); err != nil {
			return in, fmt.Errorf("read returns run %d: %w", run.ID, err)
		}
		for _, f := range r.Families {
			in.Families = append(in.Families, ids(f.Members))
		}
	case marsad.ErrorCode(err) != marsad.ENOTFOUND:
		return in, err
	}
	return in, nil
}

func writeRolesTable(w io.Writer, rep *roles.Report) error {
	fmt.Fprintf(w, "supervisor %d, official %d, organizer %d, amplifier %d (everyone else: other)\n\n",
		rep.Counts[roles.RoleSupervisor], rep.Counts[roles.RoleOfficial], rep.Counts[roles.RoleOrganizer], rep.Counts[roles.RoleAmplifier])
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ROLE\tACCOUNT\tSCORE\tWHY")
	for _, a := range rep.Accounts {
		who := a.ID
		if a.Handle != "" {
			who = "@" + a.Handle + " (" + a.ID + ")"
		}
		why := ""
		if len(a.Evidence) > 0 {
			why = a.Evidence[0].Reason
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\n", a.Role, who, a.Score, why)
	}
	return tw.Flush()
}
