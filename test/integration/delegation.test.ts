import type { Address, PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRpcClient } from "@/chain/client";
import { readDelegationCheck } from "@/chain/reads/delegation-check";
import { chainFor } from "@/config/chains";
import { ozVotesTokenAbi } from "@/contracts/generated/oz-votes-token";
import { tokenChanges } from "@/domain/analytics/token-replay";
import { castVotes, proposalRefs } from "@/domain/delegation/from-events";
import { buildLeaderboard } from "@/domain/delegation/leaderboard";
import { votesAtBlock } from "@/domain/delegation/power-history";
import { reconcile } from "@/domain/delegation/reconcile";
import { type DaoEvent, decodeDaoLogs, type RawLog } from "@/domain/events/decode";
import { findFreePort } from "../../scripts/devnet/anvil";
import { MULTICALL3_ADDRESS } from "../../scripts/devnet/multicall3";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";

let devnet: Devnet;
let client: PublicClient;
let events: DaoEvent[];
let head: number;
let dao: Devnet["info"]["daos"][number];

beforeAll(async () => {
  devnet = await startDevnet({ port: await findFreePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
  const found = devnet.info.daos.find((d) => d.key === "aiCommons");
  if (!found) throw new Error("no AI Commons");
  dao = found;
  head = Number(await client.getBlockNumber());
  const logs = await client.getLogs({
    address: [dao.token, dao.governor],
    fromBlock: 0n,
    toBlock: BigInt(head),
  });
  const raw: RawLog[] = logs.map((l) => ({
    blockNumber: Number(l.blockNumber),
    logIndex: l.logIndex,
    blockHash: l.blockHash,
    transactionHash: l.transactionHash,
    address: l.address,
    topics: l.topics,
    data: l.data,
  }));
  events = decodeDaoLogs(raw).events;
});

afterAll(async () => {
  await devnet?.stop();
});

describe("delegation on the seeded devnet", () => {
  it("has Multicall3 at its canonical address", async () => {
    const code = await client.getCode({ address: MULTICALL3_ADDRESS });
    expect(code?.length ?? 0).toBeGreaterThan(1_000);
  });

  it("reconciles: Σ delegates' votes = delegated supply, and the top delegates' replayed power = getVotes", async () => {
    const block = await client.getBlock({ blockNumber: BigInt(head) });
    const board = buildLeaderboard({
      changes: tokenChanges(events, dao.token),
      atBlock: head,
      proposals: proposalRefs(events, dao.governor),
      votes: castVotes(events, dao.governor),
      clock: { kind: "blocknumber" },
      nowClock: BigInt(head),
      nowSeconds: Number(block.timestamp),
      quorum: null,
      timeOf: () => Number(block.timestamp),
    });
    expect(board.rows.length).toBeGreaterThanOrEqual(5);
    const check = await readDelegationCheck(client, {
      token: dao.token,
      readAt: head,
      atBlock: head,
      timestampClock: false,
      delegates: board.rows.map((r) => r.address as Address),
    });
    expect(check.totalSupply).not.toBeNull();
    const r = reconcile(board, { ...check, totalSupply: check.totalSupply ?? -1n });
    expect(r.mismatches).toEqual([]);
    expect(r).toMatchObject({
      ok: true,
      delegatedMatches: true,
      supplyMatches: true,
      checkedDelegates: board.rows.length,
    });
    // An earlier block through getPastVotes (no archive state needed) reconciles too.
    const earlier = Math.floor(head / 2);
    const past = buildLeaderboard({
      changes: tokenChanges(events, dao.token),
      atBlock: earlier,
      proposals: [],
      votes: [],
      clock: { kind: "blocknumber" },
      nowClock: BigInt(earlier),
      nowSeconds: 0,
      quorum: null,
      timeOf: () => 0,
    });
    const pastCheck = await readDelegationCheck(client, {
      token: dao.token,
      readAt: head,
      atBlock: earlier,
      timestampClock: false,
      delegates: past.rows.map((x) => x.address as Address),
    });
    expect(reconcile(past, { ...pastCheck, totalSupply: pastCheck.totalSupply ?? -1n }).ok).toBe(true);
  });

  it("a delegate's power series from logs equals getPastVotes at five sampled blocks", async () => {
    const ada = devnet.info.accounts.find((a) => a.name === "Ada Okafor")?.address;
    if (!ada) throw new Error("no Ada");
    const board = buildLeaderboard({
      changes: tokenChanges(events, dao.token),
      atBlock: head,
      proposals: [],
      votes: [],
      clock: { kind: "blocknumber" },
      nowClock: BigInt(head),
      nowSeconds: 0,
      quorum: null,
      timeOf: () => 0,
    });
    const points = board.histories.get(ada.toLowerCase()) ?? [];
    expect(points.length).toBeGreaterThanOrEqual(3);
    const first = points[0]?.blockNumber ?? 1;
    // Before the first checkpoint, on a checkpoint, between two, near the head.
    const samples = [
      first - 1,
      first,
      points[1]?.blockNumber ?? first,
      Math.floor((first + head) / 2),
      head - 1,
    ];
    for (const b of samples) {
      const onChain = await client.readContract({
        address: dao.token,
        abi: ozVotesTokenAbi,
        functionName: "getPastVotes",
        args: [ada, BigInt(b)],
      });
      expect(votesAtBlock(points, b), `block ${b}`).toBe(onChain);
    }
  });
});
