import {
  type Abi,
  type Address,
  decodeFunctionData,
  encodeFunctionData,
  type PublicClient,
  parseAbi,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRpcClient } from "@/chain/client";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { readProposalStatuses } from "@/chain/reads/proposal-status";
import { readVerificationInputs } from "@/chain/sync/verify-reads";
import { chainFor } from "@/config/chains";
import { daoIdentityFromRead } from "@/domain/dao/identity";
import { eventsNamed } from "@/domain/events/decode";
import { proposalStateName } from "@/domain/proposals/state";
import { tallyFromVotes } from "@/domain/verify/tallies";
import { connectChain } from "../../scripts/devnet/chain";
import { installMulticall3 } from "../../scripts/devnet/multicall3";
import { rpcCall, startAnvil } from "../chaos/anvil";
import { type AlphaDao, deployAlphaDao, uniswap } from "../support/bravo-alpha";
import { type CompatDao, deployCompatDao } from "../support/bravo-compat";
import { compileOz49Fixtures } from "../support/bravo-compile";
import { governorEvents } from "./governor-kinds-events";
import { derivedAgainstGovernor } from "./proposal-reads-derived";

let anvil: Awaited<ReturnType<typeof startAnvil>>;
let client: PublicClient;
let alpha: AlphaDao;
let compat: CompatDao;

beforeAll(async () => {
  anvil = await startAnvil(["--accounts", "20", "--hardfork", "cancun"]);
  await installMulticall3(anvil.url);
  client = createRpcClient(chainFor(31337), [anvil.url]);
  const accounts = await rpcCall<Address[]>(anvil.url, "eth_accounts");
  compat = await deployCompatDao(anvil.url, accounts);
  alpha = await deployAlphaDao(anvil.url, accounts);
}, 240_000);

afterAll(async () => {
  await anvil?.stop();
});

const alphaRead = (fn: string, args: readonly unknown[]) =>
  client.readContract({ address: alpha.governor, abi: uniswap.governor.abi, functionName: fn, args });

describe("governor kinds against contracts nobody here wrote", () => {
  it("detects OZ 4.9 Bravo-compatible and GovernorAlpha from the address alone, with their tokens", async () => {
    const c = daoIdentityFromRead(await readDaoIdentity(client, compat.governor), 12);
    expect(c.kind.label).toBe("OpenZeppelin 4.9, Bravo-compatible");
    expect(c.token?.symbol).toBe("CPV");
    const a = daoIdentityFromRead(await readDaoIdentity(client, alpha.governor), 12);
    expect(a.kind.label).toBe("GovernorAlpha (Compound-style)");
    expect(a.token?.address).toBe(alpha.uni);
    expect(a.token?.symbol).toBe("UNI");
    expect(a.quorumVotes).toBe(40_000_000n * 10n ** 18n);
    expect(a.proposalCount).toBe(3n);
  });

  it("reads OZ 4.9 Bravo-compatible tallies as proposals() has them and states as state() says", async () => {
    const { abi } = compileOz49Fixtures().CompatGovernor;
    const block = await client.getBlockNumber();
    const ids = Object.values(compat.proposals);
    const statuses = await readProposalStatuses(client, compat.governor, ids, block, block);
    const { events } = await governorEvents(client, compat.governor);
    const fromLogs = tallyFromVotes(eventsNamed(events, "VoteCast").map((e) => e.args));
    for (const s of statuses) {
      const p = (await client.readContract({
        address: compat.governor,
        abi,
        functionName: "proposals",
        args: [s.id],
      })) as readonly bigint[];
      expect(s.votes).toEqual({ for: p[5], against: p[6], abstain: p[7] });
      // Every vote recounted (none of a kind the tally cannot split), and the sums are the governor's.
      expect(fromLogs.get(s.id) ?? { for: 0n, against: 0n, abstain: 0n, uncounted: 0 }).toEqual({
        ...s.votes,
        uncounted: 0,
      });
      const state = await client.readContract({
        address: compat.governor,
        abi,
        functionName: "state",
        args: [s.id],
      });
      expect(s.state).toBe(state);
    }
    const byId = new Map(statuses.map((s) => [s.id, s]));
    expect(byId.get(compat.proposals.executed)?.votes).toEqual({
      for: 300_000n * 10n ** 18n,
      against: 200_000n * 10n ** 18n,
      abstain: 100_000n * 10n ** 18n,
    });
    const states = ids.map((id) => proposalStateName(byId.get(id)?.state ?? -1));
    expect(states).toEqual(["Executed", "Defeated", "Succeeded", "Active"]);
    const verify = await readVerificationInputs(client, compat.governor, undefined, ids, block);
    for (const s of statuses) expect(verify.tallies.get(s.id)).toEqual(s.votes);
  });

  it("reads GovernorAlpha's tallies, windows, quorum and states, and decodes its VoteCast and signature actions", async () => {
    const block = await client.getBlockNumber();
    const ids = [alpha.proposals.executed, alpha.proposals.defeated, alpha.proposals.active];
    const statuses = await readProposalStatuses(client, alpha.governor, ids, block, block);
    const { events } = await governorEvents(client, alpha.governor);
    const fromLogs = tallyFromVotes(eventsNamed(events, "VoteCast").map((e) => e.args));
    for (const s of statuses) {
      const p = (await alphaRead("proposals", [s.id])) as readonly bigint[];
      expect(s.votes).toEqual({ for: p[5], against: p[6], abstain: 0n });
      expect(s.snapshot).toBe(p[3]);
      expect(s.deadline).toBe(p[4]);
      expect(s.quorum).toBe(40_000_000n * 10n ** 18n);
      expect(fromLogs.get(s.id)).toEqual({ ...s.votes, uncounted: 0 });
      expect(s.state).toBe(await alphaRead("state", [s.id]));
    }
    expect(statuses.map((s) => proposalStateName(s.state ?? -1))).toEqual(["Executed", "Defeated", "Active"]);
    const created = eventsNamed(events, "ProposalCreated");
    expect(created).toHaveLength(3);
    const call = decodeFunctionData({
      abi: parseAbi(["function transfer(address to, uint256 amount)"]),
      data: created[0]?.args.calldatas[0] ?? "0x",
    });
    expect(call.functionName).toBe("transfer");
    expect(call.args[1]).toBe(1_000_000n * 10n ** 18n);
    const verify = await readVerificationInputs(client, alpha.governor, undefined, ids, block);
    for (const s of statuses) expect(verify.tallies.get(s.id)).toEqual(s.votes);
  });

  // Last in this file: it moves the chain on (a time jump, then queue and execute).
  it("derives every state, tally, deadline and eta from the logs exactly as state() and proposals() say, also after a time jump, queue and execute", async () => {
    const check = async (governor: Address) => {
      const r = await derivedAgainstGovernor(anvil.url, client, governor);
      expect(r.vsMain).toEqual([]);
      expect(r.pinnedVsMain).toEqual([]);
      return r;
    };
    const before = [await check(compat.governor), await check(alpha.governor)];
    expect(before.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Succeeded", "Active"],
      ["Executed", "Defeated", "Active"],
    ]);
    // Settled from logs alone: executed, and defeated with a reproduced quorum (Alpha: its constant quorumVotes).
    expect(before.map((r) => r.settled)).toEqual([2, 2]);
    // Past every voting period (600 blocks, 500 s apart: 3.5 days).
    await rpcCall(anvil.url, "anvil_mine", ["0x258", "0x1f4"]);
    const after = [await check(compat.governor), await check(alpha.governor)];
    expect(after.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Succeeded", "Succeeded"],
      ["Executed", "Defeated", "Succeeded"],
    ]);
    const chain = connectChain(anvil.url);
    const [caller] = await rpcCall<Address[]>(anvil.url, "eth_accounts");
    if (!caller) throw new Error("no account");
    const send = (to: Address, abi: Abi, functionName: string, id: bigint) =>
      chain.send(
        caller,
        { to, value: 0n, data: encodeFunctionData({ abi, functionName, args: [id] }) },
        functionName,
      );
    const compatAbi = compileOz49Fixtures().CompatGovernor.abi;
    await send(compat.governor, compatAbi, "queue", compat.proposals.succeeded);
    await send(alpha.governor, uniswap.governor.abi as Abi, "queue", alpha.proposals.active);
    const queued = [await check(compat.governor), await check(alpha.governor)];
    expect(queued.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Queued", "Succeeded"],
      ["Executed", "Defeated", "Queued"],
    ]);
    // Alpha's timelock delay is two days; the 4.9 timelock's 60 s.
    await chain.goto((await chain.now()) + 2 * 86_400 + 60);
    await send(compat.governor, compatAbi, "execute", compat.proposals.succeeded);
    await send(alpha.governor, uniswap.governor.abi as Abi, "execute", alpha.proposals.active);
    const executed = [await check(compat.governor), await check(alpha.governor)];
    expect(executed.map((r) => r.states)).toEqual([
      ["Executed", "Defeated", "Executed", "Succeeded"],
      ["Executed", "Defeated", "Executed"],
    ]);
    expect(executed.map((r) => r.settled)).toEqual([3, 3]);
  }, 240_000);
});
