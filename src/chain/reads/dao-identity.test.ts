import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("readDaoIdentity against the seeded devnet (no Multicall3 there: deployless)", () => {
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
