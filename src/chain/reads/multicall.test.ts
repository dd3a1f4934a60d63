import { BaseError, ContractFunctionRevertedError, HttpRequestError, parseAbi } from "viem";
import { describe, expect, it } from "vitest";
import { settledOrNull } from "./multicall";

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
