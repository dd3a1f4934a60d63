import {
  type Address,
  createWalletClient,
  erc20Abi,
  http,
  type PublicClient,
  pad,
  parseEther,
  toHex,
  zeroHash,
} from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDaoIdentity } from "@/chain/reads/dao-identity";
import { daoStreams, treasuryOf } from "@/chain/sync/dao-streams";
import { ozTimelockAbi } from "@/contracts/generated/oz-timelock";
import { daoIdentityFromRead } from "@/domain/dao/identity";
import { daoEventTopics, transferTopic } from "@/domain/events/dao-events-abi";
import { decodeStreams, eventsNamed } from "@/domain/events/decode";
import { discoveredTokens } from "@/domain/treasury/assets";
import { paymentsOf } from "@/domain/treasury/pending";
import { treasuryReport } from "@/domain/treasury/report";
import { readTreasury } from "@/features/treasury/api/treasury-reads";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { createRpcClient } from "../../src/chain/client";
import { chainFor } from "../../src/config/chains";
import { rpcCall } from "../chaos/anvil";
import { devnetDaoContracts, engineFor } from "./sync-fixture";

let devnet: Devnet;
let client: PublicClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
});
afterAll(async () => {
  await devnet?.stop();
});

const daoOf = (key: "aiCommons" | "computeGuild") => {
  const d = devnet.info.daos.find((x) => x.key === key);
  if (!d) throw new Error(`devnet has no ${key}`);
  return d;
};

/** The treasury report exactly as the page computes it, at the synced head. */
async function reportFor(key: "aiCommons" | "computeGuild") {
  const d = daoOf(key);
  const contracts = devnetDaoContracts(devnet.info.chainId, d);
  const r = await engineFor(devnet.rpcUrl).engine.sync(daoStreams(contracts, daoEventTopics, transferTopic));
  const { events } = decodeStreams(r.streams);
  const dao = daoIdentityFromRead(await readDaoIdentity(client, d.governor), 12);
  const treasury = treasuryOf(contracts);
  const tokens = discoveredTokens(events, treasury, [d.stable]);
  const reads = await readTreasury(client, dao, treasury, tokens, events, r.syncedTo, r.syncedTo);
  const token = dao.token ? { ...dao.token } : null;
  const parties = { treasury, governor: d.governor, timelock: d.timelock };
  return { report: treasuryReport(events, parties, token, reads), events, d, treasury, block: r.syncedTo };
}

describe.each(["aiCommons", "computeGuild"] as const)("the %s treasury", (key) => {
  it("finds every asset without a token list; each balance equals balanceOf / getBalance at the pinned block", async () => {
    const { report, d, treasury, block } = await reportFor(key);
    const ids = report.assets.map((a) => a.meta.id);
    expect(ids).toContain("ETH");
    expect(ids).toContain(d.stable.toLowerCase());
    if (key === "aiCommons") expect(ids).toContain(d.token.toLowerCase()); // AIC minted to the timelock
    const blockNumber = BigInt(block);
    for (const a of report.assets) {
      const truth =
        a.meta.id === "ETH"
          ? await client.getBalance({ address: treasury, blockNumber })
          : await client.readContract({
              address: a.meta.id,
              abi: erc20Abi,
              functionName: "balanceOf",
              args: [treasury],
              blockNumber,
            });
      expect(a.balance, a.meta.symbol).toBe(truth);
      expect(a.source).toMatch(/at block/);
    }
    expect(report.assets.find((a) => a.meta.id === d.stable.toLowerCase())?.meta).toMatchObject({
      symbol: "tUSD",
      decimals: 6,
    });
  });

  it("reconciles opening + inflows − outflows with balanceOf for every ERC-20", async () => {
    const { report } = await reportFor(key);
    expect(report.reconciliations.size).toBeGreaterThan(0);
    for (const [asset, r] of report.reconciliations) expect(r.status, asset).toBe("reconciled");
  });

  it("links each executed grant's outflows to it, equal to what its calls pay and what the grantees received", async () => {
    const { report, events, d, treasury } = await reportFor(key);
    const executed = new Set(eventsNamed(events, "ProposalExecuted").map((e) => e.args.proposalId));
    const created = eventsNamed(events, "ProposalCreated").filter((e) => executed.has(e.args.proposalId));
    let grants = 0;
    for (const c of created) {
      const expected = paymentsOf(c.args, treasury);
      const linked = report.flows.filter(
        (f) => f.link.kind === "proposal" && f.link.proposalId === c.args.proposalId,
      );
      const norm = (rows: [string, bigint, string][]) =>
        rows.map(([a, n, to]) => `${a === "ETH" ? a : a.toLowerCase()}:${n}:${to.toLowerCase()}`).sort();
      expect(norm(linked.map((f) => [f.asset, f.amount, f.counterparty]))).toEqual(
        norm(expected.map((p) => [p.asset, p.amount, p.to])),
      );
      if (expected.length > 0) {
        grants++;
        expect(linked.every((f) => f.category === "funding")).toBe(true);
      }
    }
    expect(grants).toBeGreaterThan(0);
    // What each grantee received from the treasury, straight from the node (not through the app's sync).
    const grantees = new Set(
      report.flows
        .filter((f) => f.link.kind === "proposal" && f.asset === d.stable.toLowerCase())
        .map((f) => f.counterparty.toLowerCase() as Address),
    );
    for (const g of grantees) {
      const logs = await rpcCall<{ data: `0x${string}` }[]>(devnet.rpcUrl, "eth_getLogs", [
        {
          address: d.stable,
          topics: [transferTopic, pad(treasury), pad(g)],
          fromBlock: "0x0",
          toBlock: toHex(report.block),
        },
      ]);
      const received = logs.reduce((s, l) => s + BigInt(l.data), 0n);
      const paid = report.flows
        .filter(
          (f) =>
            f.link.kind === "proposal" &&
            f.asset === d.stable.toLowerCase() &&
            f.counterparty.toLowerCase() === g,
        )
        .reduce((s, f) => s + f.amount, 0n);
      expect(paid, g).toBe(received);
    }
  });
});

describe("a timelock operation outside the vote", () => {
  it("is listed apart and flagged, and its ETH outflow is linked to it, not to a proposal", async () => {
    const d = daoOf("aiCommons");
    const timelock = d.timelock as Address;
    const outsider = devnet.info.accounts.find((a) => a.role === "outsider")?.address as Address;
    const wallet = createWalletClient({ chain: chainFor(31337), transport: http(devnet.rpcUrl) });
    const wait = (hash: `0x${string}`) => client.waitForTransactionReceipt({ hash });
    const PROPOSER = await client.readContract({
      address: timelock,
      abi: ozTimelockAbi,
      functionName: "PROPOSER_ROLE",
    });
    // The timelock administers itself: grant the role as the timelock (what a passed proposal could do).
    await rpcCall(devnet.rpcUrl, "anvil_impersonateAccount", [timelock]);
    await wait(
      await wallet.writeContract({
        account: timelock,
        address: timelock,
        abi: ozTimelockAbi,
        functionName: "grantRole",
        args: [PROPOSER, outsider],
      }),
    );
    await rpcCall(devnet.rpcUrl, "anvil_stopImpersonatingAccount", [timelock]);
    const delay = await client.readContract({
      address: timelock,
      abi: ozTimelockAbi,
      functionName: "getMinDelay",
    });
    const salt = pad("0x5a17", { size: 32 });
    const call = [outsider, parseEther("3"), "0x", zeroHash, salt] as const;
    await wait(
      await wallet.writeContract({
        account: outsider,
        address: timelock,
        abi: ozTimelockAbi,
        functionName: "schedule",
        args: [...call, delay],
      }),
    );
    await rpcCall(devnet.rpcUrl, "evm_increaseTime", [Number(delay) + 1]);
    await rpcCall(devnet.rpcUrl, "anvil_mine", ["0x1"]);
    await wait(
      await wallet.writeContract({
        account: outsider,
        address: timelock,
        abi: ozTimelockAbi,
        functionName: "execute",
        args: call,
      }),
    );
    const opId = await client.readContract({
      address: timelock,
      abi: ozTimelockAbi,
      functionName: "hashOperation",
      args: call,
    });

    const { report } = await reportFor("aiCommons");
    expect(report.outside.map((o) => o.id)).toEqual([opId.toLowerCase()]);
    expect(report.outside[0]).toMatchObject({
      cancelled: false,
      calls: [{ target: outsider, value: parseEther("3") }],
    });
    expect(report.outside[0]?.executedBlock).not.toBeNull();
    const flow = report.flows.find((f) => f.asset === "ETH" && f.link.kind === "outside");
    expect(flow).toMatchObject({ amount: parseEther("3"), direction: "out", category: "other" });
    // Every operation the governor scheduled still matches one of its proposals (the id formula holds).
    const scheduled = eventsNamed((await reportFor("aiCommons")).events, "CallScheduled").map((e) =>
      e.args.id.toLowerCase(),
    );
    expect(new Set(scheduled).size).toBe(new Set([...report.outside.map((o) => o.id), ...scheduled]).size);
  });
});
