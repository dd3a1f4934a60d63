import type { Cast } from "./accounts";
import { aiCommonsProposals } from "./ai-commons-proposals";
import type { Chain } from "./chain";
import { computeGuildProposals } from "./compute-guild-proposals";
import { type Deployment, deployAiCommons, deployComputeGuild } from "./deploy";
import { governance } from "./governance";
import { aiCommonsEvents } from "./seed-ai-commons";
import { computeGuildEvents } from "./seed-compute-guild";
import { DAY, type SeedContext, type SeedEvent, type Timeline } from "./seed-context";
import { holderEvents } from "./seed-holders";

/** ~210 days ending now: the start is a UTC midnight so day offsets read as calendar days. */
export function timelineEndingAt(nowSeconds: number): Timeline {
  const start = Math.floor((nowSeconds - 210 * DAY) / DAY) * DAY;
  const end = Math.floor(nowSeconds / 60) * 60;
  return { start, end, day: (n) => start + n * DAY, beforeEnd: (s) => end - s };
}

/** What the seed produced. */
export type SeedResult = { deployment: Deployment; published: SeedContext["published"] };

/**
 * Deploys both DAOs and plays the story's events in time order. Every run sends the same
 * transactions in the same order, so addresses, block numbers and proposal ids repeat exactly;
 * only timestamps follow the wall clock.
 */
export async function seedDevnet(chain: Chain, cast: Cast, t: Timeline): Promise<SeedResult> {
  await chain.goto(t.start + 600);
  const aiCommons = await deployAiCommons(chain, cast);
  const guild = await deployComputeGuild(chain, cast);
  const d: Deployment = { ...aiCommons, ...guild };
  const ctx: SeedContext = {
    chain,
    cast,
    d,
    ai: governance(chain, cast, d.governor),
    guild: governance(chain, cast, d.guild),
    aiSpecs: aiCommonsProposals(d, cast),
    guildSpecs: computeGuildProposals(d, cast),
    published: [],
    t,
  };
  const events: SeedEvent[] = [...holderEvents, ...aiCommonsEvents, ...computeGuildEvents];
  const ordered = events.map((e) => ({ e, at: e.at(t) })).sort((a, b) => a.at - b.at);
  for (const { e, at } of ordered) {
    try {
      await chain.goto(at);
      await e.run(ctx);
    } catch (err) {
      throw new Error(`seed event "${e.label}": ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  // One empty block at wall-clock time, so blocks mined from now on carry real timestamps.
  const wallClock = Math.floor(Date.now() / 1000);
  if (wallClock > (await chain.now())) {
    await chain.goto(wallClock);
    await chain.mine(1);
  }
  return { deployment: d, published: ctx.published };
}
