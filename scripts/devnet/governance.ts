import { readFileSync } from "node:fs";
import { type Address, encodeAbiParameters, type Hex, keccak256, stringToBytes } from "viem";
import { aiCommonsGovernorAbi } from "../../src/contracts/generated/ai-commons-governor";
import type { AccountKey, Cast } from "./accounts";
import { type Call, type Chain, call } from "./chain";

/** A proposal as the seed writes it: who proposes what, with which description file. */
export type ProposalSpec = { proposer: AccountKey; calls: Call[]; descriptionFile: string };

/** A published proposal. */
export type Proposal = {
  key: string;
  governor: Address;
  id: bigint;
  calls: Call[];
  description: string;
  descriptionHash: Hex;
};

export type Support = "against" | "for" | "abstain";
const SUPPORT: Record<Support, number> = { against: 0, for: 1, abstain: 2 };

/** A ballot: voter, choice, and the reason they post with it. */
export type Ballot = [AccountKey, Support, string];

const descriptionsDir = new URL("./descriptions/", import.meta.url);

/** A description file's markdown; trailing whitespace dropped so a `#proposer=` suffix really ends it. */
export function readDescription(file: string): string {
  return readFileSync(new URL(`${file}.md`, descriptionsDir), "utf8").trimEnd();
}

/** OZ Governor's hashProposal, computed off chain. */
export function proposalId(calls: Call[], descriptionHash: Hex): bigint {
  const encoded = encodeAbiParameters(
    [{ type: "address[]" }, { type: "uint256[]" }, { type: "bytes[]" }, { type: "bytes32" }],
    [calls.map((c) => c.to), calls.map((c) => c.value), calls.map((c) => c.data), descriptionHash],
  );
  return BigInt(keccak256(encoded));
}

const args = (p: Proposal) =>
  [
    p.calls.map((c) => c.to),
    p.calls.map((c) => c.value),
    p.calls.map((c) => c.data),
    p.descriptionHash,
  ] as const;

// Both governors share OZ Governor's base functions (same selectors), so one ABI encodes for both.
const abi = aiCommonsGovernorAbi;

/** Governance actions against one governor, signed by the cast's unlocked accounts. */
export function governance(chain: Chain, cast: Cast, governor: Address) {
  const send = (who: AccountKey, c: Call, label: string) => chain.send(cast[who], c, label);
  return {
    governor,
    async propose(key: string, spec: ProposalSpec): Promise<Proposal> {
      const description = readDescription(spec.descriptionFile);
      const descriptionHash = keccak256(stringToBytes(description));
      const calls = spec.calls;
      const targets = calls.map((c) => c.to);
      const values = calls.map((c) => c.value);
      const datas = calls.map((c) => c.data);
      const tx = call(governor, {
        abi,
        functionName: "propose",
        args: [targets, values, datas, description],
      });
      await send(spec.proposer, tx, `propose ${key}`);
      return { key, governor, id: proposalId(calls, descriptionHash), calls, description, descriptionHash };
    },
    async vote(p: Proposal, ballots: Ballot[]): Promise<void> {
      for (const [who, support, reason] of ballots) {
        const tx = call(governor, {
          abi,
          functionName: "castVoteWithReason",
          args: [p.id, SUPPORT[support], reason],
        });
        await send(who, tx, `vote ${who} on ${p.key}`);
      }
    },
    queue: (p: Proposal, who: AccountKey) =>
      send(who, call(governor, { abi, functionName: "queue", args: args(p) }), `queue ${p.key}`),
    execute: (p: Proposal, who: AccountKey) =>
      send(who, call(governor, { abi, functionName: "execute", args: args(p) }), `execute ${p.key}`),
    cancel: (p: Proposal, who: AccountKey) =>
      send(who, call(governor, { abi, functionName: "cancel", args: args(p) }), `cancel ${p.key}`),
    read: (functionName: "proposalSnapshot" | "proposalDeadline" | "proposalEta", p: Proposal) =>
      chain.publicClient
        .readContract({ address: governor, abi, functionName, args: [p.id] })
        .then((v) => Number(v)),
    state: (p: Proposal) =>
      chain.publicClient.readContract({ address: governor, abi, functionName: "state", args: [p.id] }),
  };
}

/** The helpers returned by governance(). */
export type Governance = ReturnType<typeof governance>;
