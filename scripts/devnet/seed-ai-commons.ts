import type { AccountKey } from "./accounts";
import type { Ballot } from "./governance";
import { HOUR, type SeedEvent, type Timeline } from "./seed-context";
import { round } from "./seed-round";

const at =
  (day: number, hour: number) =>
  (t: Timeline): number =>
    t.day(day) + hour * HOUR;
const b = (who: AccountKey, support: Ballot[1], reason: string): Ballot => [who, support, reason];

/** The AI Commons' seven voting rounds; every Governor state ends up represented. */
export const aiCommonsEvents: SeedEvent[] = [
  {
    at: at(14, 14),
    label: "Round 1: first charter principles, open eval grant (dataset fund canceled)",
    run: (ctx) =>
      round(ctx, [
        {
          key: "humanOversight",
          outcome: "execute",
          ballots: [
            b("ada", "for", "We drafted these in the open for six weeks. Time to write them down."),
            b("bao", "for", "Narrow and enforceable. Good first two."),
            b("chidi", "for", ""),
            b(
              "dana",
              "abstain",
              "Support oversight; I think release review needs a deadline. Abstaining on the bundle.",
            ),
            b("jonas", "for", "Yes."),
          ],
        },
        {
          key: "openEvalSuite",
          outcome: "execute",
          ballots: [
            b(
              "ada",
              "for",
              "Open Eval Lab has a track record and commits to publishing bad results. Exactly what we need.",
            ),
            b("bao", "for", "Proposer. Happy to answer questions on the forum."),
            b(
              "chidi",
              "against",
              "Four languages is too narrow for the price; I would fund a smaller pilot first.",
            ),
            b("dana", "for", "Bias measurements we can all run beat arguments we cannot settle."),
          ],
        },
        { key: "datasetLicensing", outcome: "cancel", ballots: [] },
      ]),
  },
  {
    at: at(45, 13),
    label: "Round 2: training-data consent, red-team bounty, API credits (defeated)",
    run: (ctx) =>
      round(ctx, [
        {
          key: "trainingDataConsent",
          outcome: "execute",
          ballots: [
            b("ada", "for", "The survey was clear, and the text leaves room for public-domain sources."),
            b("bao", "for", ""),
            b("chidi", "for", "Consent and a working opt-out should have been principle number one."),
            b("dana", "for", "Proposer. Thanks to everyone who answered the survey."),
          ],
        },
        {
          key: "redTeamBounty",
          outcome: "execute",
          ballots: [
            b(
              "ada",
              "for",
              "Findings disclosed to grantees first, published after 30 days: the right order.",
            ),
            b("bao", "abstain", "I am a judge on the panel, so abstaining."),
            b("chidi", "for", "Cheaper than one bad release."),
            b("jonas", "for", "Unused funds return to the treasury. Good."),
          ],
        },
        {
          key: "apiCredits",
          outcome: "leave",
          ballots: [
            b("ada", "against", "Non-refundable, one closed vendor, and they may train on our prompts. No."),
            b("bao", "abstain", "Grantees need inference, but not on these terms."),
            b(
              "chidi",
              "against",
              "Conflicts with the training-data consent principle we are ratifying this same week.",
            ),
            b("dana", "for", "Grantees lose weeks to setup; the discount is real."),
            b("jonas", "for", "Proposer. Open to a smaller trial if this fails."),
          ],
        },
      ]),
  },
  {
    at: at(80, 15),
    label: "Round 3: proposal threshold lowered, charter translation, art exhibition (no quorum)",
    run: (ctx) =>
      round(ctx, [
        {
          key: "lowerThreshold",
          outcome: "execute",
          ballots: [
            b("ada", "for", "More people should be able to put their work to a vote."),
            b("bao", "for", "Proposer."),
            b("chidi", "abstain", "Fine either way; let us watch the proposal volume."),
            b("dana", "for", ""),
          ],
        },
        {
          key: "charterTranslation",
          outcome: "execute",
          ballots: [
            b("ada", "for", "A charter people cannot read is not their charter."),
            b("bao", "for", ""),
            b("chidi", "for", "Proposer. The Spanish sample is on the forum."),
            b("dana", "for", "Please add Arabic next."),
          ],
        },
        {
          key: "artExhibition",
          outcome: "leave",
          ballots: [b("jonas", "for", "Proposer. Small and fun; hope a few more of you vote.")],
        },
      ]),
  },
  {
    at: at(120, 14),
    label: "Round 4: release review replaced by staged release; contributor rewards minted",
    run: (ctx) =>
      round(ctx, [
        {
          key: "replaceReleaseReview",
          outcome: "execute",
          ballots: [
            b("ada", "for", "Proposer. The post-mortem says it all: nine weeks, then published anyway."),
            b("bao", "for", "Stages with a clock are better than volunteers without one."),
            b("chidi", "against", "Two weeks per stage is too short for an honest red-team round."),
            b("dana", "for", "Keeps the old principle visible as retired. Good practice."),
          ],
        },
        {
          key: "contributorRewards",
          outcome: "execute",
          ballots: [
            b("ada", "for", ""),
            b("bao", "for", "The people doing the work should have a vote."),
            b("chidi", "for", ""),
            b("dana", "for", "Proposer."),
            b("jonas", "against", "Rewards should come from the treasury, not new supply."),
          ],
        },
      ]),
  },
  {
    at: at(162, 13),
    label: "Round 5: accessibility audit grant",
    run: (ctx) =>
      round(ctx, [
        {
          key: "accessibilityAudit",
          outcome: "execute",
          ballots: [
            b("ada", "for", "If people cannot vote, the rest of the charter is theory."),
            b("bao", "for", ""),
            b("chidi", "for", "Proposer. Babel found the first issues during the translation work."),
            b("dana", "for", "Cheap for what it fixes."),
            b(
              "jonas",
              "abstain",
              "Fine, but the tools should have been built accessible in the first place.",
            ),
          ],
        },
      ]),
  },
  {
    at: (t) => t.beforeEnd(30 * HOUR),
    label: "Round 6: fine-tune compute grant (queued), transparency reports (succeeded)",
    run: (ctx) =>
      round(ctx, [
        {
          key: "fineTuneCompute",
          outcome: "queue",
          ballots: [
            b("ada", "for", "Everything we funded this year comes together here."),
            b("bao", "for", "Proposer. GPU-hours reserved through the Compute Guild at cost."),
            b("chidi", "for", ""),
            b("dana", "abstain", "I advise the Cooperative, so abstaining."),
          ],
        },
        {
          key: "transparencyReports",
          outcome: "leave",
          ballots: [
            b("ada", "for", ""),
            b("bao", "for", "Over 70k tUSD out the door; members deserve reports."),
            b("chidi", "for", "Proposer."),
            b("jonas", "for", "Yes, and include failures."),
          ],
        },
      ]),
  },
  {
    at: (t) => t.beforeEnd(80 * 60),
    label:
      "Round 6: vendor proposer role, bias eval phase 2, quorum raise (active); right to contest (pending)",
    async run(ctx) {
      await round(
        ctx,
        [
          {
            key: "addInferexProposer",
            outcome: "leave",
            ballots: [
              b(
                "chidi",
                "against",
                "This hands an outside vendor the power to schedule any timelock call. No.",
              ),
              b("dana", "against", "The 2-day delay is not a safeguard if we are not watching."),
              b("jonas", "for", "Proposer. Saves a vote a month."),
            ],
          },
          {
            key: "biasEvalPhase2",
            outcome: "leave",
            ballots: [
              b("ada", "for", "Phase 1 delivered on time and under budget."),
              b("bao", "for", "Image models are where the gaps are now."),
            ],
          },
          { key: "raiseQuorum", outcome: "leave", ballots: [] },
        ],
        true,
      );
      const proposal = await ctx.ai.propose("rightToContest", ctx.aiSpecs.rightToContest);
      ctx.published.push({ dao: "aiCommons", proposal });
    },
  },
];
