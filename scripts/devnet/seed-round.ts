import type { Ballot, ProposalSpec } from "./governance";
import { HOUR, mineTo, type SeedContext } from "./seed-context";

type Key = keyof SeedContext["aiSpecs"];

/** How far a proposal goes: executed, queued in the timelock, left after voting, or canceled while pending. */
type Outcome = "execute" | "queue" | "leave" | "cancel";
/** One AI Commons proposal in a round: its spec key, its ballots, and how far it goes. */
export type RoundItem = { key: Key; ballots: Ballot[]; outcome: Outcome };

/**
 * Runs several AI Commons proposals through one shared voting window, so a round costs one
 * delay + one period of blocks (~2,100) however many proposals it carries.
 * `stopAfterVotes` leaves the window open (the proposals stay Active).
 */
export async function round(ctx: SeedContext, items: RoundItem[], stopAfterVotes = false): Promise<void> {
  const { ai, chain } = ctx;
  const live = [];
  for (const item of items) {
    const spec: ProposalSpec = ctx.aiSpecs[item.key];
    const proposal = await ai.propose(item.key, spec);
    ctx.published.push({ dao: "aiCommons", proposal });
    if (item.outcome === "cancel") await ai.cancel(proposal, spec.proposer);
    else live.push({ item, proposal });
  }
  const last = live.at(-1)?.proposal;
  if (!last) return;
  await mineTo(chain, (await ai.read("proposalSnapshot", last)) + 1);
  for (const { item, proposal } of live) await ai.vote(proposal, item.ballots);
  if (stopAfterVotes) return;
  await mineTo(chain, (await ai.read("proposalDeadline", last)) + 1);
  const toQueue = live.filter((l) => l.item.outcome === "execute" || l.item.outcome === "queue");
  for (const { proposal } of toQueue) await ai.queue(proposal, "dana");
  const toExecute = live.filter((l) => l.item.outcome === "execute");
  if (toExecute.length === 0) return;
  const lastEta = Math.max(...(await Promise.all(toExecute.map((l) => ai.read("proposalEta", l.proposal)))));
  await chain.goto(lastEta + HOUR);
  for (const { proposal } of toExecute) await ai.execute(proposal, "bao");
}
