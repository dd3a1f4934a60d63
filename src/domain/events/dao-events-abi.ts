import { toEventSelector } from "viem";
import { aiCommonsGovernorAbi } from "@/contracts/generated/ai-commons-governor";
import { aiCommonsTokenAbi } from "@/contracts/generated/ai-commons-token";
import { computeGuildGovernorAbi } from "@/contracts/generated/compute-guild-governor";
import { ethicsCharterAbi } from "@/contracts/generated/ethics-charter";
import { timelockControllerAbi } from "@/contracts/generated/timelock-controller";

type EventOf<A extends readonly unknown[], N extends string> = Extract<A[number], { type: "event"; name: N }>;
const events = <const A extends readonly unknown[], const N extends string>(abi: A, names: readonly N[]) =>
  abi.filter((x): x is EventOf<A, N> => {
    const item = x as { type?: string; name?: string };
    return item.type === "event" && names.includes(item.name as N);
  });

/** Governor events (OZ 5): lifecycle, votes, settings; the late-quorum pair comes from Compute Guild. */
export const governorEventsAbi = [
  ...events(aiCommonsGovernorAbi, [
    "ProposalCreated",
    "ProposalQueued",
    "ProposalExecuted",
    "ProposalCanceled",
    "VoteCast",
    "VoteCastWithParams",
    "VotingDelaySet",
    "VotingPeriodSet",
    "ProposalThresholdSet",
    "QuorumNumeratorUpdated",
    "TimelockChange",
  ]),
  ...events(computeGuildGovernorAbi, ["ProposalExtended", "LateQuorumVoteExtensionSet"]),
];

/** ERC20Votes events. */
export const tokenEventsAbi = events(aiCommonsTokenAbi, [
  "Transfer",
  "DelegateChanged",
  "DelegateVotesChanged",
]);

/** TimelockController events, role changes included. */
export const timelockEventsAbi = events(timelockControllerAbi, [
  "CallScheduled",
  "CallExecuted",
  "CallSalt",
  "Cancelled",
  "MinDelayChange",
  "RoleGranted",
  "RoleRevoked",
  "RoleAdminChanged",
]);

/** EthicsCharter events. */
export const charterEventsAbi = events(ethicsCharterAbi, ["PrincipleRatified", "PrincipleRetired"]);

/** Every event a DAO's core stream carries; topic0s are distinct, so one filter can fetch them all. */
export const daoEventsAbi = [
  ...governorEventsAbi,
  ...tokenEventsAbi,
  ...timelockEventsAbi,
  ...charterEventsAbi,
];

export type DaoEventAbi = typeof daoEventsAbi;

/** topic0 of every DAO event, for the core stream's filter. */
export const daoEventTopics = [...new Set(daoEventsAbi.map((e) => toEventSelector(e)))];

/** topic0 of ERC-20 Transfer, for treasury streams on other tokens. */
export const transferTopic = toEventSelector(
  "event Transfer(address indexed from, address indexed to, uint256 value)",
);
