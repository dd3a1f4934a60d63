import { type Abi, type Address, encodeFunctionData, type PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRpcClient } from "@/chain/client";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { readVoterStatus } from "@/chain/reads/voter-status";
import { readVerificationInputs } from "@/chain/sync/verify-reads";
import { voteCall } from "@/chain/write/governor-calls";
import { chainFor } from "@/config/chains";
import { daoIdentityFromRead } from "@/domain/dao/identity";
import { eventsNamed } from "@/domain/events/decode";
import { proposalStateName } from "@/domain/proposals/state";
import { tallyFromVotes } from "@/domain/verify/tallies";
import { connectChain } from "../../scripts/devnet/chain";
import { installMulticall3 } from "../../scripts/devnet/multicall3";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { BRAVO_VOTING_PERIOD, type BravoDao, deployBravoDao } from "../support/bravo-g2";
import { compileBravoG2Fixtures } from "../support/bravo-g2-compile";
import { governorEvents } from "./governor-kinds-events";
import { derivedAgainstGovernor } from "./proposal-reads-derived";

// Compound's GovernorBravoDelegator + GovernorBravoDelegate (G2), compiled from Compound's own source, behind
// Uniswap's published Timelock and UNI: what Compound, Uniswap and their forks run.
let anvil: Awaited<ReturnType<typeof startAnvil>>;
let client: PublicClient;
let bravo: BravoDao;
const abi = () => compileBravoG2Fixtures().GovernorBravoDelegate.abi;
const E18 = 10n ** 18n;

beforeAll(async () => {
  anvil = await startAnvil(["--accounts", "20", "--hardfork", "cancun"]);
  await installMulticall3(anvil.url);
  client = createRpcClient(chainFor(31337), [anvil.url]);
  bravo = await deployBravoDao(anvil.url, await rpcCall<Address[]>(anvil.url, "eth_accounts"));
}, 240_000);

afterAll(async () => {
  await anvil?.stop();
});

const read = <T>(functionName: string, args: readonly unknown[] = []) =>
  client.readContract({ address: bravo.governor, abi: abi(), functionName, args }) as Promise<T>;
type Tuple = readonly [bigint, Address, bigint, bigint, bigint, bigint, bigint, bigint, boolean, boolean];

describe("Compound's GovernorBravo (Delegator + Delegate G2)", () => {
  it("is detected from its address alone, with UNI under comp(), quorumVotes, threshold and period", async () => {
    const dao = daoIdentityFromRead(await readDaoIdentity(client, bravo.governor), 12);
    expect(dao.kind.kind).toBe("bravo");
    expect(dao.kind.label).toBe("GovernorBravo (Compound)");
    expect(dao.kind.abstain).toBe(true);
    expect(dao.kind.reasons).toBe(true);
    expect(dao.kind.lifecycleBy).toBe("id");
    expect(dao.name).toBe("Compound Governor Bravo");
    expect(dao.token?.address).toBe(bravo.uni);
    expect(dao.token?.symbol).toBe("UNI");
    expect(dao.timelock).toBe(bravo.timelock);
    expect(dao.quorumVotes).toBe(400_000n * E18);
    expect(dao.proposalThreshold).toBe(await read<bigint>("proposalThreshold"));
    expect(dao.proposalThreshold).toBe(50_000n * E18);
    expect(dao.votingPeriod).toBe(BigInt(BRAVO_VOTING_PERIOD));
    expect(dao.votingDelay).toBe(1n);
    // Bravo continues Alpha's counter: its first id is 2, after the Alpha proposal that handed over the timelock.
    expect(await read<bigint>("initialProposalId")).toBe(1n);
    expect(dao.proposalCount).toBe(6n);
    expect(dao.treasury.ethBalance).toBe(25n * E18);
  });

  it("reads state, tally with abstain, window, eta and quorum as state() and proposals() say, and as the logs recount", async () => {
    const block = await client.getBlockNumber();
    const ids = Object.values(bravo.proposals);
    const statuses = await readProposalStatuses(client, bravo.governor, ids, block, block);
    const { events } = await governorEvents(client, bravo.governor);
    const fromLogs = tallyFromVotes(eventsNamed(events, "VoteCast").map((e) => e.args));
    for (const s of statuses) {
      const p = await read<Tuple>("proposals", [s.id]);
      expect(s.votes).toEqual({ for: p[5], against: p[6], abstain: p[7] });
      expect(s.snapshot).toBe(p[3]);
      expect(s.deadline).toBe(p[4]);
      expect(s.eta ?? 0n).toBe(p[2]);
      expect(s.quorum).toBe(400_000n * E18);
      expect(s.state).toBe(await read<number>("state", [s.id]));
      expect(fromLogs.get(s.id) ?? { for: 0n, against: 0n, abstain: 0n, uncounted: 0 }).toEqual({
        ...s.votes,
        uncounted: 0,
      });
    }
    expect(statuses.map((s) => proposalStateName(s.state ?? -1))).toEqual([
      "Executed",
      "Defeated",
      "Queued",
      "Canceled",
      "Active",
    ]);
    const executed = statuses[0];
    expect(executed?.votes).toEqual({
      for: 50_000_000n * E18,
      against: 30_000_000n * E18,
      abstain: 20_000_000n * E18,
    });
    expect(statuses[2]?.eta ?? 0n).toBeGreaterThan(0n);
    const reasons = eventsNamed(events, "VoteCast").map((e) => e.args.reason);
    expect(reasons).toContain("We bid on it: abstaining.");
    const verify = await readVerificationInputs(client, bravo.governor, undefined, ids, block);
    for (const s of statuses) expect(verify.tallies.get(s.id)).toEqual(s.votes);
  });

  it("reads a voter's power at the snapshot and receipt (uint8 support) as getPriorVotes and getReceipt say", async () => {
    const block = await client.getBlockNumber();
    const id = bravo.proposals.active;
    const [snapshot] = (await read<Tuple>("proposals", [id])).slice(3, 4) as [bigint];
    const [a, b] = bravo.holders;
    const q = {
      governor: bravo.governor,
      proposalId: id,
      snapshot,
      reader: "bravo",
      token: bravo.uni,
    } as const;
    expect(await readVoterStatus(client, { ...q, account: a }, block)).toEqual({
      power: 50_000_000n * E18,
      hasVoted: false,
    });
    expect(await readVoterStatus(client, { ...q, account: b }, block)).toEqual({
      power: 30_000_000n * E18,
      hasVoted: true,
    });
    const receipt = await read<{ hasVoted: boolean; support: number; votes: bigint }>("getReceipt", [id, b]);
    expect(receipt).toEqual({ hasVoted: true, support: 0, votes: 30_000_000n * E18 });
  });

  // Last: it moves the chain on (blocks past the vote, then queue, a time jump and execute).
  it("derives every state, tally, deadline and eta from the logs as the governor reads them, through queue and execute", async () => {
    const check = async () => {
      const r = await derivedAgainstGovernor(anvil.url, client, bravo.governor);
      expect(r.vsMain).toEqual([]);
      expect(r.pinnedVsMain).toEqual([]);
      return r;
    };
    const before = await check();
    expect(before.states).toEqual(["Executed", "Defeated", "Queued", "Canceled", "Active"]);
    // Executed, canceled and defeated settle from logs alone (Bravo's quorumVotes is a constant).
    expect(before.settled).toBe(3);
    const chain = connectChain(anvil.url);
    const [a] = bravo.holders;
    const send = (fn: string, args: readonly unknown[]) =>
      chain.send(
        a,
        {
          to: bravo.governor,
          value: 0n,
          data: encodeFunctionData({ abi: abi() as Abi, functionName: fn, args }),
        },
        fn,
      );
    // The app's own vote call simulates on Bravo (its castVoteWithReason returns nothing), then is sent.
    const vote = voteCall({
      chainId: 31337,
      governor: bravo.governor,
      encoding: "uint8",
      proposalId: bravo.proposals.active,
      support: 1,
      reason: "Hosting keeps the portal up.",
    });
    await client.simulateContract({ ...vote, account: a });
    await chain.send(a, { to: bravo.governor, value: 0n, data: encodeFunctionData(vote) }, "vote");
    await chain.mine(BRAVO_VOTING_PERIOD + 1);
    expect((await check()).states).toEqual(["Executed", "Defeated", "Queued", "Canceled", "Succeeded"]);
    await send("queue", [bravo.proposals.active]);
    const queued = await check();
    expect(queued.states).toEqual(["Executed", "Defeated", "Queued", "Canceled", "Queued"]);
    await chain.goto((await chain.now()) + 2 * 86_400 + 60);
    await send("execute", [bravo.proposals.active]);
    const done = await check();
    expect(done.states).toEqual(["Executed", "Defeated", "Queued", "Canceled", "Executed"]);
    // For: a's 50M and d's 6M (5M plus the executed grant's 1M, paid before this proposal's snapshot).
    expect(done.derived.find((d) => d.id === bravo.proposals.active)?.votes).toEqual({
      for: 56_000_000n * E18,
      against: 30_000_000n * E18,
      abstain: 20_000_000n * E18,
    });
  }, 240_000);
});
