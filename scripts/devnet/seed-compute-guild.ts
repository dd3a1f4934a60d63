import type { AccountKey } from "./accounts";
import type { Ballot, Proposal } from "./governance";
import { HOUR, type SeedContext, type SeedEvent, type Timeline } from "./seed-context";

type Key = keyof SeedContext["guildSpecs"];

const find = (ctx: SeedContext, key: Key): Proposal => {
  const found = ctx.published.find((p) => p.dao === "computeGuild" && p.proposal.key === key);
  if (!found) throw new Error(`guild proposal ${key} not published yet`);
  return found.proposal;
};

const at =
  (day: number, hour: number) =>
  (t: Timeline): number =>
    t.day(day) + hour * HOUR;

const propose = (key: Key, when: SeedEvent["at"]): SeedEvent => ({
  at: when,
  label: `Compute Guild: propose ${key}`,
  async run(ctx) {
    const proposal = await ctx.guild.propose(key, ctx.guildSpecs[key]);
    ctx.published.push({ dao: "computeGuild", proposal });
  },
});

const vote = (key: Key, when: SeedEvent["at"], ballots: Ballot[]): SeedEvent => ({
  at: when,
  label: `Compute Guild: votes on ${key}`,
  run: (ctx) => ctx.guild.vote(find(ctx, key), ballots),
});

const b = (who: AccountKey, support: Ballot[1], reason: string): Ballot => [who, support, reason];

/**
 * The guild counts time in seconds (1-day delay, 5-day period). Its first proposal reaches
 * quorum on the last day, so GovernorPreventLateQuorum pushes the deadline out by a day and the
 * late votes after the original deadline still count.
 */
export const computeGuildEvents: SeedEvent[] = [
  propose("reserveGpuHours", at(30, 10)),
  vote("reserveGpuHours", at(33, 12), [b("jonas", "for", "Predictable capacity is worth paying for.")]),
  vote("reserveGpuHours", at(35, 19), [b("chidi", "for", "Night capacity is idle anyway.")]),
  vote("reserveGpuHours", at(36, 13), [b("bao", "against", "30k up front is a lot before a pilot.")]),
  vote("reserveGpuHours", at(36, 16), [
    b("nadia", "for", "Proposer. Members have planned maintenance around it."),
  ]),
  {
    at: at(38, 9),
    label: "Compute Guild: execute reserveGpuHours",
    run: (ctx) => ctx.guild.execute(find(ctx, "reserveGpuHours"), "nadia"),
  },
  propose("buyA100Node", at(60, 9)),
  vote("buyA100Node", at(62, 11), [
    b("nadia", "against", "No warranty, no hosting budget. Renting is cheaper until we know utilisation."),
    b("bao", "for", "Proposer. Ownership wins over three years."),
    b("chidi", "against", "Agree with Nadia."),
  ]),
  propose("sharedEvalCluster", at(110, 11)),
  vote("sharedEvalCluster", at(112, 15), [
    b("nadia", "for", "Bursty eval jobs are a perfect fit for our spare capacity."),
    b("chidi", "for", "Proposer."),
    b("jonas", "abstain", "I also sit on the AI Commons side of this; abstaining."),
  ]),
  propose("hostingInvoice", at(150, 10)),
  vote("hostingInvoice", at(152, 14), [
    b("nadia", "for", "Proposer. Invoice is in the forum thread."),
    b("bao", "for", "Matches the quote we approved in June."),
  ]),
  {
    at: at(157, 11),
    label: "Compute Guild: execute hostingInvoice",
    run: (ctx) => ctx.guild.execute(find(ctx, "hostingInvoice"), "bao"),
  },
  propose("renewableHosting", (t) => t.beforeEnd(48 * HOUR)),
  propose("quarterlyRebate", (t) => t.beforeEnd(12 * HOUR)),
  vote("renewableHosting", (t) => t.beforeEnd(10 * 60), [
    b("bao", "for", "Grantees keep asking where the power comes from."),
    b("chidi", "abstain", "Want to see the facility's contract first."),
  ]),
];
