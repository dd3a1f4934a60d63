import {
  BaseError,
  ContractFunctionRevertedError,
  createPublicClient,
  custom,
  encodeAbiParameters,
  type Hex,
  HttpRequestError,
  parseAbi,
  parseAbiParameters,
} from "viem";
import { describe, expect, it } from "vitest";
import { pinnedMulticall, settledOrNull } from "./multicall";

const abi = parseAbi(["function state(uint256) view returns (uint8)"]);

describe("settledOrNull", () => {
  it("gives the result, or null when the call itself reverted (the contract lacks the function)", () => {
    expect(settledOrNull({ status: "success", result: 7 })).toBe(7);
    const reverted = new ContractFunctionRevertedError({ abi, functionName: "state", data: "0x" });
    expect(
      settledOrNull({ status: "failure", error: new BaseError("call failed", { cause: reverted }) }),
    ).toBe(null);
  });

  it("throws when the request carrying the call failed: no answer is not a 'no'", () => {
    const down = new HttpRequestError({ url: "http://127.0.0.1:9/", body: {}, details: "fetch failed" });
    const error = new BaseError("multicall chunk failed", { cause: down });
    expect(() => settledOrNull({ status: "failure", error })).toThrow(error);
  });
});

const token = "0x00000000000000000000000000000000000000aa";
const erc20 = parseAbi([
  "function decimals() view returns (uint8)",
  "function symbol() view returns (string)",
]);
/** A client whose node answers every eth_call with `answer` (deployless multicall: no Multicall3 on its chain). */
const lyingNode = (answer: Hex) =>
  createPublicClient({
    transport: custom({
      request: async ({ method }: { method: string }) => {
        if (method === "eth_chainId") return "0x7a69";
        if (method === "eth_call") return answer;
        throw new Error(`unexpected ${method}`);
      },
    }),
  });
const calls = [
  { address: token, abi: erc20, functionName: "decimals" },
  { address: token, abi: erc20, functionName: "symbol" },
] as const;
const aggregate = (results: { success: boolean; returnData: Hex }[]) =>
  encodeAbiParameters(parseAbiParameters("(bool success, bytes returnData)[]"), [results]);

describe("multicall answers from a broken or lying node", () => {
  it("an answer that is not an aggregate3 result is no answer, never 'the contract lacks it'", async () => {
    const client = lyingNode("0x1234");
    const results = await client.multicall({ ...pinnedMulticall(client, 5n), contracts: calls });
    const [decimals, symbol] = results;
    expect(() => decimals && settledOrNull(decimals)).toThrow();
    expect(() => symbol && settledOrNull(symbol)).toThrow();
  });

  it("a well-formed answer is read as before: values, and null for a call that reverted", async () => {
    const client = lyingNode(
      aggregate([
        { success: true, returnData: encodeAbiParameters([{ type: "uint8" }], [6]) },
        { success: false, returnData: "0x" },
      ]),
    );
    const results = await client.multicall({ ...pinnedMulticall(client, 5n), contracts: calls });
    const [decimals, symbol] = results;
    expect(decimals && settledOrNull(decimals)).toBe(6);
    expect(symbol && settledOrNull(symbol)).toBe(null);
  });

  it("an answer with fewer results than calls is rejected as a whole (viem checks the count)", async () => {
    const one = aggregate([{ success: true, returnData: encodeAbiParameters([{ type: "uint8" }], [6]) }]);
    const client = lyingNode(one);
    await expect(client.multicall({ ...pinnedMulticall(client, 5n), contracts: calls })).rejects.toThrow(
      "multicall results mismatch",
    );
  });
});
