import { type Abi, encodeFunctionData, toFunctionSelector } from "viem";
import { describe, expect, it } from "vitest";
import { type LifecycleProposal, lifecycleCall, voteCall } from "./governor-calls";

const governor = "0x00000000000000000000000000000000000000a1";
const target = "0x00000000000000000000000000000000000000b2";
const selector = (c: { abi: Abi; functionName: string; args: readonly unknown[] }) =>
  encodeFunctionData(c).slice(0, 10);
const proposal: LifecycleProposal = {
  id: 7n,
  actions: [
    { target, value: 2n, calldata: "0x" },
    { target, value: 3n, calldata: "0x1234" },
  ],
  descriptionHash: `0x${"ab".repeat(32)}`,
};

describe("voteCall", () => {
  it("GovernorAlpha: castVote(uint256,bool), For as true and Against as false", () => {
    const forCall = voteCall({
      chainId: 1,
      governor,
      encoding: "bool",
      proposalId: 7n,
      support: 1,
      reason: "",
    });
    expect(selector(forCall)).toBe(toFunctionSelector("castVote(uint256,bool)"));
    expect(forCall.args).toEqual([7n, true]);
    const against = voteCall({
      chainId: 1,
      governor,
      encoding: "bool",
      proposalId: 7n,
      support: 0,
      reason: " ",
    });
    expect(against.args).toEqual([7n, false]);
  });

  it("GovernorAlpha refuses Abstain and a reason instead of sending a vote it cannot count", () => {
    const base = { chainId: 1, governor, encoding: "bool", proposalId: 7n } as const;
    expect(() => voteCall({ ...base, support: 2, reason: "" })).toThrow(/only For and Against/);
    expect(() => voteCall({ ...base, support: 1, reason: "why" })).toThrow(/no reason/);
  });

  it("OpenZeppelin and GovernorBravo: castVoteWithReason(uint256,uint8,string) with the trimmed reason", () => {
    const c = voteCall({
      chainId: 1,
      governor,
      encoding: "uint8",
      proposalId: 7n,
      support: 2,
      reason: " ok ",
    });
    expect(selector(c)).toBe(toFunctionSelector("castVoteWithReason(uint256,uint8,string)"));
    expect(c.args).toEqual([7n, 2, "ok"]);
    // Bravo's castVoteWithReason returns nothing: an output declared here would fail its simulation.
    const fn = c.abi.find((x) => x.type === "function" && x.name === "castVoteWithReason");
    expect(fn && "outputs" in fn ? fn.outputs : null).toEqual([]);
  });
});

describe("lifecycleCall", () => {
  it("Compound-style: queue(uint256), cancel(uint256), and a payable execute(uint256) with the actions' total", () => {
    const call = (action: "queue" | "execute" | "cancel") =>
      lifecycleCall({ chainId: 1, governor, by: "id", action, proposal });
    expect(selector(call("queue"))).toBe(toFunctionSelector("queue(uint256)"));
    expect(selector(call("cancel"))).toBe(toFunctionSelector("cancel(uint256)"));
    expect(call("queue").value).toBeUndefined();
    const exec = call("execute");
    expect(selector(exec)).toBe(toFunctionSelector("execute(uint256)"));
    expect(exec.args).toEqual([7n]);
    expect(exec.value).toBe(5n);
  });

  it("OpenZeppelin: by content (targets, values, calldatas, description hash)", () => {
    const c = lifecycleCall({ chainId: 1, governor, by: "content", action: "queue", proposal });
    expect(selector(c)).toBe(toFunctionSelector("queue(address[],uint256[],bytes[],bytes32)"));
    expect(c.args).toEqual([[target, target], [2n, 3n], ["0x", "0x1234"], proposal.descriptionHash]);
    expect(c.value).toBeUndefined();
  });
});
