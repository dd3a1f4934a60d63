import { type Address, createPublicClient, getAddress, http, zeroAddress } from "viem";
import { foundry } from "viem/chains";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { aiCommonsGovernorAbi } from "../../src/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi } from "../../src/contracts/generated/ai-commons-token";
import { computeGuildGovernorAbi } from "../../src/contracts/generated/compute-guild-governor";
import { computeGuildTokenAbi } from "../../src/contracts/generated/compute-guild-token";
import { ethicsCharterAbi } from "../../src/contracts/generated/ethics-charter";
import { PROPOSAL_STATES as STATE_NAMES } from "../../src/domain/proposals/state";

let first: Devnet;
let second: Devnet;

beforeAll(async () => {
  // Two devnets side by side: the second proves the seed is deterministic.
  const [portA, portB] = [await findFreePort(), await findFreePort()];
  [first, second] = await Promise.all([startDevnet({ port: portA }), startDevnet({ port: portB })]);
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
});

const client = () => createPublicClient({ chain: foundry, transport: http(first.rpcUrl) });
const dao = (key: "aiCommons" | "computeGuild") => {
  const found = first.info.daos.find((d) => d.key === key);
  if (!found) throw new Error(`no ${key} in devnet info`);
  return found;
};

async function createdWithStates(governor: Address) {
  const c = client();
  const logs = await c.getContractEvents({
    address: governor,
    abi: aiCommonsGovernorAbi,
    eventName: "ProposalCreated",
    fromBlock: 0n,
  });
  return Promise.all(
    logs.map(async (log) => {
      const id = log.args.proposalId ?? 0n;
      const state = await c.readContract({
        address: governor,
        abi: aiCommonsGovernorAbi,
        functionName: "state",
        args: [id],
      });
      return { id, state: STATE_NAMES[state], log };
    }),
  );
}

describe("seeded devnet", () => {
  it("has at least 14 AI Commons proposals covering every state, both kinds of defeat included", async () => {
    const { governor } = dao("aiCommons");
    const proposals = await createdWithStates(governor);
    expect(proposals.length).toBeGreaterThanOrEqual(14);
    const states = new Set(proposals.map((p) => p.state));
    for (const s of ["Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Executed"])
      expect(states, s).toContain(s);
    expect(proposals.filter((p) => p.state === "Active").length).toBeGreaterThanOrEqual(2);
    expect(proposals.filter((p) => p.state === "Executed").length).toBeGreaterThanOrEqual(4);

    const c = client();
    const at = { address: governor, abi: aiCommonsGovernorAbi } as const;
    const defeats = await Promise.all(
      proposals
        .filter((p) => p.state === "Defeated")
        .map(async (p) => {
          const [against, forVotes, abstain] = await c.readContract({
            ...at,
            functionName: "proposalVotes",
            args: [p.id],
          });
          const snapshot = await c.readContract({ ...at, functionName: "proposalSnapshot", args: [p.id] });
          const quorum = await c.readContract({ ...at, functionName: "quorum", args: [snapshot] });
          return { quorumMet: forVotes + abstain >= quorum, lostVote: against >= forVotes };
        }),
    );
    expect(
      defeats.some((d) => !d.quorumMet),
      "a defeat for missing quorum",
    ).toBe(true);
    expect(
      defeats.some((d) => d.quorumMet && d.lostVote),
      "a defeat by votes",
    ).toBe(true);

    const queued = proposals.find((p) => p.state === "Queued");
    const eta = await c.readContract({
      address: governor,
      abi: aiCommonsGovernorAbi,
      functionName: "proposalEta",
      args: [queued?.id ?? 0n],
    });
    const latest = await c.getBlock();
    expect(eta).toBeGreaterThan(latest.timestamp);
  });

  it("ratified at least two charter principles through executed proposals", async () => {
    const charter = dao("aiCommons").charter;
    if (!charter) throw new Error("AI Commons has no charter");
    const ratified = await client().getContractEvents({
      address: charter,
      abi: ethicsCharterAbi,
      eventName: "PrincipleRatified",
      fromBlock: 0n,
    });
    expect(ratified.length).toBeGreaterThanOrEqual(2);
  });

  it("gives the Compute Guild a timestamp clock and at least 4 proposals in 3+ states", async () => {
    const { governor, token } = dao("computeGuild");
    const c = client();
    const mode = await c.readContract({
      address: token,
      abi: computeGuildTokenAbi,
      functionName: "CLOCK_MODE",
    });
    expect(mode).toBe("mode=timestamp");
    const count = await c.readContract({
      address: governor,
      abi: computeGuildGovernorAbi,
      functionName: "proposalCount",
    });
    expect(count).toBeGreaterThanOrEqual(4n);
    const proposals = await createdWithStates(governor);
    expect(new Set(proposals.map((p) => p.state)).size).toBeGreaterThanOrEqual(3);
    expect(proposals.map((p) => p.state)).toContain("Active");
  });

  it("has at least 12 AIC holders, 2+ of them idle (balance but no delegate)", async () => {
    const { token, timelock } = dao("aiCommons");
    const c = client();
    const transfers = await c.getContractEvents({
      address: token,
      abi: aiCommonsTokenAbi,
      eventName: "Transfer",
      fromBlock: 0n,
    });
    const addresses = new Set(transfers.map((t) => getAddress(t.args.to ?? zeroAddress)));
    addresses.delete(zeroAddress);
    if (timelock) addresses.delete(timelock);
    const holders = await Promise.all(
      [...addresses].map(async (address) => {
        const balance = await c.readContract({
          address: token,
          abi: aiCommonsTokenAbi,
          functionName: "balanceOf",
          args: [address],
        });
        const delegate = await c.readContract({
          address: token,
          abi: aiCommonsTokenAbi,
          functionName: "delegates",
          args: [address],
        });
        return { balance, delegate };
      }),
    );
    const withBalance = holders.filter((h) => h.balance > 0n);
    expect(withBalance.length).toBeGreaterThanOrEqual(12);
    expect(withBalance.filter((h) => h.delegate === zeroAddress).length).toBeGreaterThanOrEqual(2);
  });

  it("spreads its history over at least 180 days, ending no later than now", async () => {
    const c = client();
    const deployed = await c.getBlock({ blockNumber: BigInt(dao("aiCommons").deployBlock) });
    const latest = await c.getBlock();
    expect(Number(latest.timestamp - deployed.timestamp)).toBeGreaterThanOrEqual(180 * 86_400);
    expect(Number(latest.timestamp)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 5);
  });

  it("repeats the same addresses, blocks and proposal ids on every run", () => {
    expect(second.info.daos).toEqual(first.info.daos);
    expect(second.info.accounts).toEqual(first.info.accounts);
    expect(second.proposals).toEqual(first.proposals);
    expect(second.stats.blocks).toBe(first.stats.blocks);
    expect(dao("aiCommons").governor).toBe("0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9");
    expect(dao("computeGuild").governor).toBe("0x1ACcBD355245AbA93CE46D33ab1D0152CE33Fd00");
  });
});
