import { type Address, type Chain, createPublicClient, custom, http, type PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeployProbeError } from "@/chain/sync/deploy-block";
import { chainStarts, searchDaoStartAhead } from "@/chain/sync/deploy-block-ahead";
import { devnetChain } from "@/config/chains";
import { NoCodeError, NotGovernorError } from "@/lib/app-errors";
import { findFreePort } from "../../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../../scripts/devnet/start";
import { createRpcClient } from "../client";
import { readDaoIdentity } from "./dao-identity";

let devnet: Devnet;
beforeAll(async () => {
  devnet = await startDevnet({ port: await findFreePort() });
});
afterAll(async () => {
  await devnet?.stop();
});

const client = () => createRpcClient(devnetChain, [devnet.rpcUrl]);
const dao = (key: "aiCommons" | "computeGuild") => {
  const found = devnet.info.daos.find((d) => d.key === key);
  if (!found) throw new Error(`devnet has no ${key}`);
  return found;
};

describe("readDaoIdentity against the seeded devnet (Multicall3 at its canonical address)", () => {
  it("discovers AI Commons: block clock, timelock treasury, token", async () => {
    const ai = dao("aiCommons");
    const read = await readDaoIdentity(client(), ai.governor);
    expect(read).toMatchObject({
      chainId: 31337,
      clockMode: "mode=blocknumber&from=default",
      countingMode: "support=bravo&quorum=for,abstain",
      votingDelay: 300n,
      votingPeriod: 1_800n,
      quorumNumerator: 4n,
      quorumDenominator: 100n,
      proposalCount: null,
      proposalNeedsQueuing: true,
      timelock: ai.timelock,
      treasury: ai.timelock,
    });
    expect(read.token).toMatchObject({ address: ai.token, symbol: "AIC", decimals: 18 });
    expect(read.token?.totalSupply).toBeGreaterThan(0n);
    expect(read.quorumVotes).toBe(((read.token?.totalSupply ?? 0n) * 4n) / 100n);
    expect(read.treasuryEth).toBeGreaterThan(0n);
  });

  it("discovers Compute Guild: timestamp clock, proposal count, the governor as treasury", async () => {
    const guild = dao("computeGuild");
    const read = await readDaoIdentity(client(), guild.governor);
    expect(read).toMatchObject({
      clockMode: "mode=timestamp",
      timelock: null,
      treasury: guild.governor,
      proposalNeedsQueuing: false,
    });
    expect(read.proposalCount).toBeGreaterThan(0n);
    expect(read.votingPeriod).toBe(5n * 86_400n);
  });

  it("refuses the token address as not a governor, and an empty address as no code", async () => {
    await expect(readDaoIdentity(client(), dao("aiCommons").token)).rejects.toBeInstanceOf(NotGovernorError);
    await expect(
      readDaoIdentity(client(), "0x000000000000000000000000000000000000dEaD"),
    ).rejects.toBeInstanceOf(NoCodeError);
  });
});

/** A batching client over the devnet that counts HTTP requests (a JSON-RPC batch is one). */
function counting(chain: Chain) {
  const seen = { requests: 0 };
  const c = createPublicClient({
    chain,
    transport: http(devnet.rpcUrl, { batch: true, onFetchRequest: () => void seen.requests++ }),
  });
  return { client: c as PublicClient, seen };
}
// The devnet without its Multicall3 entry: reads go deployless, and nothing can say which block they ran at.
const noMulticall3: Chain = { ...devnetChain, contracts: {} };
/** What must not depend on the path taken (the block aside). */
const settings = (r: Awaited<ReturnType<typeof readDaoIdentity>>) => {
  const { blockNumber: _, ...rest } = r;
  return rest;
};

describe("readDaoIdentity's round trips", () => {
  it("takes two HTTP requests through Multicall3, three deployless, and reads the same identity", async () => {
    const ai = dao("aiCommons");
    const fast = counting(devnetChain);
    const found: unknown[] = [];
    const read = await readDaoIdentity(fast.client, ai.governor, (c) => found.push(c));
    expect(fast.seen.requests).toBe(2);
    const slow = counting(noMulticall3);
    const again = await readDaoIdentity(slow.client, ai.governor);
    expect(slow.seen.requests).toBe(3);
    expect(settings(again)).toEqual(settings(read));
    expect(read.blockNumber).toBe(again.blockNumber);
    expect(found).toEqual([
      {
        chainId: 31337,
        blockNumber: read.blockNumber,
        addresses: [ai.governor, ai.token, ai.timelock],
        // The header the round read (in the same batch as the finalized block's), for the sync to start from.
        head: {
          number: Number(read.blockNumber),
          hash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
          parentHash: expect.stringMatching(/^0x[0-9a-f]{64}$/),
          finalized: expect.any(Number),
        },
      },
    ]);
  });

  it("sends the search for where the DAO's logs begin with its second round, in no request of its own", async () => {
    const ai = dao("aiCommons");
    const fast = counting(devnetChain);
    const urls = [`${devnet.rpcUrl}/?ahead`]; // a memo of its own: no other test's searches in it
    const read = await readDaoIdentity(fast.client, ai.governor, (c) =>
      searchDaoStartAhead(devnetChain, urls, c.addresses, Number(c.blockNumber), fast.client),
    );
    expect(fast.seen.requests).toBe(2);
    // The devnet keeps 256 blocks of state: the opening probes were refused, so the start comes from logs.
    const { memo } = chainStarts(devnetChain, urls);
    const notAhead = () => Promise.reject(new Error("not searched ahead"));
    await expect(memo.code(ai.governor, notAhead)).rejects.toBeInstanceOf(DeployProbeError);
    const first = await memo.firstLog(
      [ai.governor, ai.token, ai.timelock].filter((a): a is Address => a !== null),
      notAhead,
    );
    expect(first).toMatchObject({ exact: true, none: false });
    expect(first.block).toBeLessThan(Number(read.blockNumber));
  });

  it("reads again pinned when the latest header is not the block the aggregate ran in", async () => {
    const ai = dao("aiCommons");
    const base = createPublicClient({ chain: devnetChain, transport: http(devnet.rpcUrl) });
    const pinnedCalls: unknown[] = [];
    // A node behind a load balancer whose header answer lags one block behind the state it ran the call on.
    const lagging = createPublicClient({
      chain: devnetChain,
      transport: custom({
        async request({ method, params }) {
          const p = params as unknown[];
          if (method === "eth_getBlockByNumber" && p[0] === "latest") {
            const head = await base.request({ method: "eth_blockNumber" });
            return base.request({
              method,
              params: [`0x${(BigInt(head) - 1n).toString(16)}`, false],
            } as never);
          }
          if (method === "eth_call" && p[1] !== "latest") pinnedCalls.push(p[1]);
          return base.request({ method, params } as never);
        },
      }),
    }) as PublicClient;
    const head = await base.getBlockNumber({ cacheTime: 0 });
    const read = await readDaoIdentity(lagging, ai.governor);
    expect(read.blockNumber).toBe(head - 1n);
    expect(pinnedCalls[0]).toBe(`0x${(head - 1n).toString(16)}`);
    expect(read).toMatchObject({ votingDelay: 300n, votingPeriod: 1_800n, timelock: ai.timelock });
    expect(read.token?.address).toBe(ai.token);
  });
});
