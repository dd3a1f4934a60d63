import {
  CallExecutionError,
  ChainMismatchError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  ContractFunctionZeroDataError,
  encodeErrorResult,
  HttpRequestError,
  LimitExceededRpcError,
  parseAbi,
  UnknownRpcError,
  UserRejectedRequestError,
  zeroAddress,
} from "viem";
import { mainnet } from "viem/chains";
import { describe, expect, it } from "vitest";
import {
  NoCodeError,
  NoRpcError,
  NotGovernorError,
  RevertedTransactionError,
  RpcDeadlineError,
} from "./app-errors";
import { describeError } from "./errors";

const abi = parseAbi([
  "function propose(address[],uint256[],bytes[],string) returns (uint256)",
  "error GovernorInsufficientProposerVotes(address proposer, uint256 votes, uint256 threshold)",
  "error SomethingNew()",
]);

function reverted(errorName: "GovernorInsufficientProposerVotes" | "SomethingNew") {
  const data =
    errorName === "SomethingNew"
      ? encodeErrorResult({ abi, errorName })
      : encodeErrorResult({ abi, errorName, args: [zeroAddress, 1n, 100n] });
  const inner = new ContractFunctionRevertedError({ abi, data, functionName: "propose" });
  return new ContractFunctionExecutionError(inner, { abi, functionName: "propose", args: [[], [], [], ""] });
}

describe("describeError", () => {
  it("names a governor revert in words, deep inside viem's chain", () => {
    const d = describeError(reverted("GovernorInsufficientProposerVotes"));
    expect(d).toMatchObject({ kind: "revert", detail: "GovernorInsufficientProposerVotes", retry: false });
    expect(d.title).toMatch(/not have enough voting power/);
  });

  it("names an unknown custom error by its name", () => {
    expect(describeError(reverted("SomethingNew")).title).toContain("SomethingNew");
  });

  it("spots a user rejection, even wrapped", () => {
    const err = new CallExecutionError(new UserRejectedRequestError(new Error("denied")), {});
    expect(describeError(err)).toMatchObject({ kind: "user-rejected", retry: false });
    expect(describeError({ code: 4001, message: "User rejected" }).kind).toBe("user-rejected");
  });

  it("spots a wrong chain", () => {
    expect(describeError(new ChainMismatchError({ chain: mainnet, currentChainId: 10 })).kind).toBe(
      "wrong-chain",
    );
  });

  it("names the host of a rate-limited RPC", () => {
    const d = describeError(new HttpRequestError({ url: "https://rpc.example.org/key", status: 429 }));
    expect(d).toMatchObject({ kind: "rate-limited", retry: true });
    expect(d.title).toContain("rpc.example.org");
  });

  it("names the host of an RPC that is down", () => {
    const err = new HttpRequestError({ url: "http://127.0.0.1:1/", cause: new TypeError("fetch failed") });
    const d = describeError(err);
    expect(d).toMatchObject({ kind: "rpc-down", retry: true });
    expect(d.title).toBe("The RPC endpoint 127.0.0.1:1 is not answering.");
    expect(describeError(new HttpRequestError({ url: "https://x.org", status: 503 })).title).toContain(
      "answered 503",
    );
  });

  it("names the host of a WebSocket RPC that cannot connect (viem wraps the socket's error event)", () => {
    const event = Object.assign(new Event("error"), {});
    Object.defineProperty(event, "target", { value: { url: "wss://rpc.example.org/ws" } });
    const d = describeError(new UnknownRpcError(event as unknown as Error));
    expect(d).toMatchObject({ kind: "rpc-down", retry: true });
    expect(d.title).toBe("The RPC endpoint rpc.example.org is not answering.");
  });

  it("names the hosts of an RPC that is too slow", () => {
    expect(describeError(new RpcDeadlineError(["rpc.example.org"], 6))).toMatchObject({
      kind: "rpc-down",
      title: "The RPC endpoint rpc.example.org did not answer within 6 s.",
    });
  });

  it("treats provider limit errors as rate limiting", () => {
    expect(describeError(new LimitExceededRpcError(new Error("limit"))).kind).toBe("rate-limited");
  });

  it("explains the app's own discovery failures", () => {
    expect(describeError(new NoRpcError(5)).title).toContain("chain 5");
    expect(describeError(new NoCodeError("0xabc", 1)).kind).toBe("no-code");
    const notGov = describeError(new NotGovernorError("0xabc", ["votingPeriod()"]));
    expect(notGov.kind).toBe("not-governor");
    expect(notGov.detail).toContain("votingPeriod()");
    expect(describeError(new ContractFunctionZeroDataError({ functionName: "votingPeriod" })).kind).toBe(
      "not-governor",
    );
  });

  it("says a mined transaction reverted, with its hash, instead of 'Something went wrong'", () => {
    const hash = `0x${"ab".repeat(32)}` as const;
    const d = describeError(new RevertedTransactionError(hash));
    expect(d).toMatchObject({ kind: "revert", retry: false });
    expect(d.title).toBe("The transaction was mined but reverted: it changed nothing on chain.");
    expect(d.detail).toContain(hash);
  });

  it("falls back to the first line of an unknown error", () => {
    expect(describeError(new Error("boom\nstack"))).toEqual({
      kind: "unknown",
      title: "Something went wrong.",
      detail: "boom",
      retry: true,
    });
  });
});
