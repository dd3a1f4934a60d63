import type { PublicClient } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort as freePort } from "../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../scripts/devnet/start";
import { createRpcClient } from "../../src/chain/client";
import { probeContracts } from "../../src/chain/reads/contract-kinds";
import { readProposalStatuses } from "../../src/chain/reads/proposal-status";
import { chainFor } from "../../src/config/chains";
import { PROPOSAL_STATES, proposalStateName } from "../../src/domain/proposals/state";

let devnet: Devnet;
let client: PublicClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
});

afterAll(async () => {
  await devnet?.stop();
});

describe("batched proposal reads against the seeded devnet", () => {
  it("reads every AI Commons proposal's state, votes and quorum in one pinned batch", async () => {
    const dao = devnet.info.daos.find((d) => d.key === "aiCommons");
    if (!dao) throw new Error("no AI Commons in devnet.json");
    const ids = devnet.proposals.filter((p) => p.dao === "aiCommons").map((p) => p.id);
    const block = await client.getBlockNumber();
    const clock = await client.readContract({
      address: dao.governor,
      abi: [
        {
          type: "function",
          name: "clock",
          inputs: [],
          outputs: [{ type: "uint48" }],
          stateMutability: "view",
        },
      ],
      functionName: "clock",
      blockNumber: block,
    });
    const statuses = await readProposalStatuses(client, dao.governor, ids, block, BigInt(clock));
    expect(statuses).toHaveLength(ids.length);
    const states = new Set(statuses.map((s) => proposalStateName(s.state ?? -1)));
    for (const s of PROPOSAL_STATES.filter((name) => name !== "Expired")) {
      expect(states).toContain(s);
    }
    const executed = statuses.find((s) => s.state === 7);
    expect(executed?.votes?.for).toBeGreaterThan(0n);
    expect(executed?.quorum).toBeGreaterThan(0n);
    const pending = statuses.find((s) => s.state === 0);
    expect(pending?.quorum).toBeNull();
    expect(statuses.find((s) => s.state === 5)?.eta).toBeGreaterThan(0n);
  });

  it("probes contracts: tUSD is an ERC-20 with 6 decimals, the charter is a charter, the timelock neither", async () => {
    const dao = devnet.info.daos.find((d) => d.key === "aiCommons");
    if (!dao?.charter || !dao.timelock) throw new Error("incomplete devnet.json");
    const [usd, charter, timelock] = await probeContracts(
      client,
      [dao.stable, dao.charter, dao.timelock],
      await client.getBlockNumber(),
    );
    expect(usd).toMatchObject({ erc20: { symbol: "tUSD", decimals: 6 }, charter: false });
    expect(charter).toMatchObject({ erc20: null, charter: true });
    expect(timelock).toMatchObject({ erc20: null, charter: false });
  });
});
