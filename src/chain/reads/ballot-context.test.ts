import {
  createPublicClient,
  custom,
  encodeAbiParameters,
  encodeFunctionResult,
  type Hex,
  parseAbiParameters,
} from "viem";
import { describe, expect, it } from "vitest";
import { ozGovernorAbi } from "@/contracts/generated/oz-governor";
import { readBallotContext } from "./ballot-context";

const governor = "0x00000000000000000000000000000000000000aa" as const;
const voter = "0x00000000000000000000000000000000000000bb" as const;
const ret = (functionName: "eip712Domain" | "nonces" | "state" | "hasVoted", result: unknown) =>
  encodeFunctionResult({ abi: ozGovernorAbi, functionName, result } as Parameters<
    typeof encodeFunctionResult
  >[0]);
const answer = encodeAbiParameters(parseAbiParameters("(bool success, bytes returnData)[]"), [
  [
    {
      success: true,
      returnData: ret("eip712Domain", ["0x0f", "Gov", "1", 31337n, governor, `0x${"0".repeat(64)}`, []]),
    },
    { success: true, returnData: ret("nonces", 3n) },
    { success: true, returnData: ret("state", 1) },
    { success: true, returnData: ret("hasVoted", false) },
  ],
]);

/** A node that answers the ballot multicall and records at which block each request asked. */
function node() {
  const asked: string[] = [];
  const client = createPublicClient({
    transport: custom({
      request: async ({ method, params }: { method: string; params?: unknown[] }) => {
        asked.push(method === "eth_call" ? `eth_call@${String(params?.[1])}` : method);
        if (method === "eth_chainId") return "0x7a69";
        if (method === "eth_blockNumber") return "0x99";
        if (method === "eth_call") return answer;
        throw new Error(`unexpected ${method}`);
      },
    }),
  });
  return { client, asked };
}

const ballot = {
  chainId: 31337,
  governor,
  proposalId: 7n,
  support: 1,
  voter,
  nonce: 3n,
  signature: `0x${"11".repeat(65)}` as Hex,
};

describe("readBallotContext", () => {
  it("reads state, nonce, vote and domain at the page's block, in one request", async () => {
    const { client, asked } = node();
    const read = await readBallotContext(client, governor, ballot, 42n);
    expect(asked.filter((m) => m !== "eth_chainId")).toEqual(["eth_call@0x2a"]);
    expect(read).toMatchObject({ blockNumber: 42n, state: 1, currentNonce: 3n, hasVoted: false });
  });

  it("without a block, reads the head once and asks everything at it", async () => {
    const { client, asked } = node();
    const read = await readBallotContext(client, governor, ballot);
    expect(asked.filter((m) => m !== "eth_chainId")).toEqual(["eth_blockNumber", "eth_call@0x99"]);
    expect(read.blockNumber).toBe(0x99n);
  });
});
