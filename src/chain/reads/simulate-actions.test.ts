import { encodeFunctionData, erc20Abi, type PublicClient, parseEther } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { findFreePort } from "../../../scripts/devnet/anvil";
import { type Devnet, startDevnet } from "../../../scripts/devnet/start";
import { chainFor } from "../../config/chains";
import { createRpcClient } from "../client";
import { simulateActions } from "./simulate-actions";

let devnet: Devnet;
let client: PublicClient;

beforeAll(async () => {
  devnet = await startDevnet({ port: await findFreePort() });
  client = createRpcClient(chainFor(31337), [devnet.rpcUrl]);
});
afterAll(async () => {
  await devnet?.stop();
});

const R1 = "0x00000000000000000000000000000000000000a1";
const R2 = "0x00000000000000000000000000000000000000a2";

describe("simulateActions against the devnet", () => {
  it("runs a grant as the timelock with shared state and reports exact balance changes", async () => {
    const dao = devnet.info.daos.find((d) => d.key === "aiCommons");
    if (!dao?.timelock || !dao.charter) throw new Error("no AI Commons");
    const blockNumber = await client.getBlockNumber();
    const sim = await simulateActions(client, {
      executor: dao.timelock,
      blockNumber,
      errorAbi: ethicsCharterAbi,
      actions: [
        { target: R1, value: parseEther("1.5"), calldata: "0x" },
        {
          target: dao.stable,
          value: 0n,
          calldata: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [R2, 2_000_000n] }),
        },
        {
          target: dao.charter,
          value: 0n,
          calldata: encodeFunctionData({
            abi: ethicsCharterAbi,
            functionName: "retire",
            args: [999n, "no such"],
          }),
        },
      ],
      watch: [
        { holder: dao.timelock, asset: "ETH" },
        { holder: dao.timelock, asset: dao.stable },
        { holder: R1, asset: "ETH" },
        { holder: R2, asset: dao.stable },
      ],
    });
    expect(sim.method).toBe("eth_simulateV1");
    expect(sim.calls.map((c) => [c.ok, c.revert?.name ?? null])).toEqual([
      [true, null],
      [true, null],
      [false, "UnknownPrinciple"],
    ]);
    const delta = (sim.balances ?? []).map((b) => b.after - b.before);
    expect(delta).toEqual([-parseEther("1.5"), -2_000_000n, parseEther("1.5"), 2_000_000n]);
  });
});
