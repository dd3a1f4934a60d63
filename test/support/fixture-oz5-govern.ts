import {
  type Abi,
  type Address,
  decodeEventLog,
  encodeAbiParameters,
  encodeFunctionData,
  encodePacked,
  type Hex,
  keccak256,
  stringToHex,
} from "viem";
import type { Call, Chain } from "../../scripts/devnet/chain";
import { rpcCall } from "../chaos/anvil";

/** A proposal the fixture seed published: its id as the governor logged it, and its content. */
export type FixtureProposal = { id: bigint; calls: Call[]; description: string };

/** A fractional vote's split: `abi.encodePacked(uint128 against, uint128 for, uint128 abstain)`. */
export const fractionalParams = (against: bigint, forVotes: bigint, abstain: bigint): Hex =>
  encodePacked(["uint128", "uint128", "uint128"], [against, forVotes, abstain]);

/** Encodes a call against a fixture ABI (the ABIs are runtime JSON, so viem checks them at run time only). */
export function fixtureCall(to: Address, abi: Abi, functionName: string, args: unknown[], value = 0n): Call {
  return { to, value, data: encodeFunctionData({ abi, functionName, args }) };
}

/** Deploys creation code with constructor arguments. */
export function deployFixture(chain: Chain, from: Address, a: { abi: Abi; bytecode: Hex }, args: unknown[]) {
  const ctor = a.abi.find((x) => x.type === "constructor");
  const encoded = ctor ? encodeAbiParameters(ctor.inputs, args).slice(2) : "";
  return chain.deploy(from, `${a.bytecode}${encoded}`, "deploy fixture");
}

/** Mines `blocks` blocks after moving the clock forward `seconds` (both clocks pass). */
export async function advance(rpcUrl: string, seconds: number, blocks = 1): Promise<void> {
  if (seconds > 0) await rpcCall(rpcUrl, "evm_increaseTime", [seconds]);
  await rpcCall(rpcUrl, "anvil_mine", [`0x${blocks.toString(16)}`]);
}

/** Proposing, voting, queuing, executing and cancelling on one OZ 5 governor of a fixture. */
export function governor(chain: Chain, address: Address, abi: Abi) {
  const send = (from: Address, fn: string, args: unknown[], label: string) =>
    chain.send(from, fixtureCall(address, abi, fn, args), label);
  const lifecycleArgs = (p: FixtureProposal) => [
    p.calls.map((c) => c.to),
    p.calls.map((c) => c.value),
    p.calls.map((c) => c.data),
    keccak256(stringToHex(p.description)),
  ];
  return {
    address,
    /** Publishes and returns the id from the ProposalCreated log (a counter on sequential-id governors). */
    async propose(from: Address, calls: Call[], description: string): Promise<FixtureProposal> {
      const args = [calls.map((c) => c.to), calls.map((c) => c.value), calls.map((c) => c.data), description];
      const receipt = await send(from, "propose", args, "propose");
      for (const log of receipt.logs) {
        try {
          const e = decodeEventLog({ abi, topics: log.topics, data: log.data });
          if (e.eventName === "ProposalCreated") {
            const id = (e.args as unknown as { proposalId: bigint }).proposalId;
            return { id, calls, description };
          }
        } catch {
          // another event
        }
      }
      throw new Error("propose: no ProposalCreated log");
    },
    /** castVoteWithReason: 0 against, 1 for, 2 abstain. */
    vote: (from: Address, p: FixtureProposal, support: number, reason: string) =>
      send(from, "castVoteWithReason", [p.id, support, reason], "vote"),
    /** castVoteWithReasonAndParams with support 255 (fractional) and the packed split. */
    voteFractional: (from: Address, p: FixtureProposal, split: [bigint, bigint, bigint], reason: string) =>
      send(from, "castVoteWithReasonAndParams", [p.id, 255, reason, fractionalParams(...split)], "vote"),
    queue: (from: Address, p: FixtureProposal) => send(from, "queue", lifecycleArgs(p), "queue"),
    execute: (from: Address, p: FixtureProposal) => send(from, "execute", lifecycleArgs(p), "execute"),
    cancel: (from: Address, p: FixtureProposal) => send(from, "cancel", lifecycleArgs(p), "cancel"),
  };
}
