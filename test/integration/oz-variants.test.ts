import { type Address, createPublicClient, http, type PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { daoStreams } from "@/chain/sync/dao-streams";
import { readVerificationInputs } from "@/chain/sync/verify-reads";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { daoTokenFromRead } from "@/domain/dao/identity";
import { isFractional, parseCountingMode } from "@/domain/dao/quorum";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeStreams, eventsNamed } from "@/domain/events/decode";
import { contentProposalId, idSchemeFrom } from "@/domain/verify/proposal-ids";
import { verifyDao } from "@/domain/verify/verification";
import { type AnvilProcess, findFreePort, startAnvil } from "../../scripts/devnet/anvil";
import { connectChain } from "../../scripts/devnet/chain";
import { installMulticall3 } from "../../scripts/devnet/multicall3";
import { compileOz5Fixtures } from "../support/fixture-oz5-compile";
import { deployOz5Fixtures, type FixtureDao, type Oz5Fixtures } from "../support/fixture-oz5-daos";
import { advance, governor } from "../support/fixture-oz5-govern";
import { derivedAgainstGovernor } from "./proposal-reads-derived";
import { engineFor } from "./sync-fixture";

let anvil: AnvilProcess;
let fx: Oz5Fixtures;
let client: PublicClient;

beforeAll(async () => {
  anvil = await startAnvil({
    port: await findFreePort(),
    host: "127.0.0.1",
    genesisTimestamp: Math.floor(Date.now() / 1000) - 30 * 86_400,
    fullHistory: true,
  });
  await installMulticall3(anvil.rpcUrl);
  fx = await deployOz5Fixtures(anvil.rpcUrl);
  client = createPublicClient({ transport: http(anvil.rpcUrl) });
});
afterAll(async () => {
  await anvil?.stop();
});

/** The app's verification path (as `daoVerificationQueryOptions` runs it), on a fresh sync of the fixture. */
async function verify(dao: FixtureDao) {
  const contracts = {
    chainId: 31337,
    governor: dao.governor,
    token: dao.token,
    timelock: dao.timelock,
    charter: null,
  };
  const r = await engineFor(anvil.rpcUrl).engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const { events, undecodable } = decodeStreams(r.streams);
  const created = eventsNamed(events, "ProposalCreated").map((e) => ({ ...e.args }));
  const votes = [...eventsNamed(events, "VoteCast"), ...eventsNamed(events, "VoteCastWithParams")].map(
    (e) => e.args,
  );
  const ids = created.map((c) => c.proposalId);
  const unhashed = created.filter((c) => contentProposalId(c) !== c.proposalId);
  const inputs = await readVerificationInputs(
    client,
    dao.governor,
    created[0],
    ids,
    BigInt(r.syncedTo),
    unhashed,
  );
  const v = verifyDao({
    block: r.syncedTo,
    scheme: idSchemeFrom(created, inputs.hashFromGovernor, inputs.governorIds),
    created,
    votes,
    onchainTallies: inputs.tallies,
    governorIds: inputs.governorIds,
  });
  return { v, ids, events, undecodable, block: BigInt(r.syncedTo) };
}

/** What the governor itself says for each proposal: state() and proposalVotes(). */
async function governorSays(governor: Address, ids: readonly bigint[], block: bigint) {
  const gov = { address: governor, abi: ozGovernorAbi } as const;
  return Promise.all(
    ids.map(async (id) => ({
      state: await client.readContract({ ...gov, functionName: "state", args: [id], blockNumber: block }),
      votes: await client.readContract({
        ...gov,
        functionName: "proposalVotes",
        args: [id],
        blockNumber: block,
      }),
    })),
  );
}

// ProposalState: 1 Active, 2 Canceled, 3 Defeated, 4 Succeeded, 7 Executed.
const STATES = { active: 1, canceled: 2, defeated: 3, succeeded: 4, executed: 7 } as const;

describe("an OZ 5.7 governor over an ERC721Votes NFT", () => {
  it("reads the NFT as whole votes, its supply from getPastTotalSupply, and labels a token without metadata", async () => {
    const read = await readDaoIdentity(client, fx.atelier.governor);
    expect(read.token).toMatchObject({
      address: fx.atelier.token,
      name: "Atelier Pass",
      symbol: "PASS",
      decimals: null,
      kind: "erc721",
      totalSupply: 15n,
      supplyFrom: "getPastTotalSupply",
    });
    expect(read.quorumVotes).toBe(3n);
    const anon = await readDaoIdentity(client, fx.anonymous.governor);
    expect(anon.token).toMatchObject({ name: null, symbol: null, decimals: null, kind: "erc721" });
    const shown = anon.token ? daoTokenFromRead(anon.token) : null;
    expect(shown).toMatchObject({
      name: "unnamed token",
      symbol: "NFTs",
      decimals: 0,
      wholeVotes: true,
      unnamed: true,
    });
  });

  it("syncs every log (ERC-721 transfers included), verifies ids and tallies, and reads each state", async () => {
    const { v, ids, events, undecodable, block } = await verify(fx.atelier);
    expect(undecodable).toBe(0);
    expect(eventsNamed(events, "Transfer").every((t) => t.args.value === 1n)).toBe(true);
    expect(v).toMatchObject({
      scheme: "content-hash",
      forged: [],
      mismatched: [],
      uncounted: [],
      verified: true,
    });
    expect(v.ids.every((i) => i.status === "ok" && i.via === "re-hash")).toBe(true);
    const says = await governorSays(fx.atelier.governor, ids, block);
    v.tallies.forEach((t, i) => {
      const s = says[i]?.votes;
      expect(t.status).toBe("ok");
      expect([t.computed.against, t.computed.for, t.computed.abstain]).toEqual(s);
    });
    const statuses = await readProposalStatuses(client, fx.atelier.governor, ids, block, block);
    expect(statuses.map((s) => s.state)).toEqual(says.map((s) => s.state));
    for (const [key, p] of Object.entries(fx.atelier.proposals))
      expect(statuses.find((s) => s.id === p.id)?.state).toBe(STATES[key as keyof typeof STATES]);
  });
});

describe("an OZ 5.7 governor with fractional counting and sequential ids on a timestamp clock", () => {
  it("reads the counting mode and the ERC20Votes token", async () => {
    const read = await readDaoIdentity(client, fx.relay.governor);
    expect(read.clockMode).toBe("mode=timestamp");
    expect(isFractional(parseCountingMode(read.countingMode))).toBe(true);
    expect(read.token).toMatchObject({
      symbol: "RLY",
      decimals: 18,
      kind: "erc20",
      supplyFrom: "totalSupply",
    });
  });

  it("tallies split votes cast in several calls to exactly proposalVotes, checks ids 1..4 through getProposalId", async () => {
    const { v, ids, block } = await verify(fx.relay);
    expect(ids).toEqual([1n, 2n, 3n, 4n]);
    expect(v).toMatchObject({
      scheme: "sequential",
      forged: [],
      mismatched: [],
      uncounted: [],
      verified: true,
    });
    expect(v.ids.map((i) => i.via)).toEqual([
      "getProposalId",
      "getProposalId",
      "getProposalId",
      "getProposalId",
    ]);
    const says = await governorSays(fx.relay.governor, ids, block);
    v.tallies.forEach((t, i) => {
      expect([t.computed.against, t.computed.for, t.computed.abstain]).toEqual(says[i]?.votes);
    });
    const e18 = 10n ** 18n;
    expect(v.tallies[0]?.computed).toEqual({ against: 700n * e18, for: 800n * e18, abstain: 500n * e18 });
    const statuses = await readProposalStatuses(client, fx.relay.governor, ids, block, block);
    expect(statuses.map((s) => s.state)).toEqual(says.map((s) => s.state));
    for (const [key, p] of Object.entries(fx.relay.proposals))
      expect(statuses.find((s) => s.id === p.id)?.state).toBe(STATES[key as keyof typeof STATES]);
  });
});

// Last in this file: it moves the chain on (a time jump, then queue and execute).
describe("states, tallies, deadlines and etas derived from the logs", () => {
  it("equal state() and proposalVotes on the ERC721Votes and the fractional/sequential DAOs, also after a time jump, queue and execute", async () => {
    const check = async (dao: FixtureDao) => {
      const r = await derivedAgainstGovernor(anvil.rpcUrl, client, dao.governor);
      expect(r.vsMain).toEqual([]);
      expect(r.pinnedVsMain).toEqual([]);
      return r;
    };
    const both = async () => [await check(fx.atelier), await check(fx.relay)];
    const before = await both();
    // Listed in creation order: atelier executed, defeated, succeeded, canceled, active; relay 1..4.
    expect(before.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Succeeded", "Canceled", "Active"],
      ["Executed", "Defeated", "Canceled", "Active"],
    ]);
    // Sequential ids: getProposalId maps each one's content back to it.
    expect([...(before[1]?.governorIds.values() ?? [])]).toEqual([1n, 2n, 3n, 4n]);
    // Settled from logs alone: executed, canceled, and defeated with a replayed quorum (split votes recounted).
    expect(before.map((r) => r.settled)).toEqual([3, 3]);
    // Past every voting period: 600 blocks and 3.5 days.
    await advance(anvil.rpcUrl, 302_400, 600);
    const after = await both();
    expect(after.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Succeeded", "Canceled", "Succeeded"],
      ["Executed", "Defeated", "Canceled", "Succeeded"],
    ]);
    const chain = connectChain(anvil.rpcUrl);
    const caller = fx.accounts[0];
    if (!caller) throw new Error("no account");
    const a = compileOz5Fixtures();
    const atelier = governor(chain, fx.atelier.governor, a.AtelierGovernor.abi);
    const relay = governor(chain, fx.relay.governor, a.RelayCouncil.abi);
    const { succeeded, active } = fx.atelier.proposals;
    const relayActive = fx.relay.proposals.active;
    if (!succeeded || !active || !relayActive) throw new Error("fixture proposals missing");
    await atelier.queue(caller, succeeded);
    const queued = await both();
    expect(queued[0]?.states).toEqual(["Executed", "Defeated", "Queued", "Canceled", "Succeeded"]);
    await advance(anvil.rpcUrl, 61);
    await atelier.execute(caller, succeeded);
    // No timelock: executed straight from Succeeded.
    await relay.execute(caller, relayActive);
    const executed = await both();
    expect(executed.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Executed", "Canceled", "Succeeded"],
      ["Executed", "Defeated", "Canceled", "Executed"],
    ]);
    expect(executed.map((r) => r.settled)).toEqual([4, 4]);
  }, 300_000);
});
